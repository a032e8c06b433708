using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Core;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Labour;

/// <summary>
/// M6, hiring by propose → resolve → apply. Firms below their target post vacancies; each unemployed
/// person searches with the search rate and applies to one vacancy in their locality, drawn in proportion
/// to vacancies. A firm takes applicants in order of a hash of (seed, tick, person) up to its vacancies;
/// the rest stay unemployed this month.
/// </summary>
public static class HireWorkers
{
    public static void Run(SimulationState s)
    {
        var firms = s.Firms;
        var people = s.People;
        var market = s.VacancyMarket;
        market.Rebuild(firms, s.Scenario.Region.Localities);
        if (market.Total == 0) return;

        s.HireProposals.Reset(s.Executor.ChunkCount(people.Count));
        s.Executor.For(people.Count, new ProposeBody(s, s.Parameters.Labour.SearchRatePerMonth));
        int n = s.HireProposals.CopyInOrder(ref s.ProposalScratch);
        var proposals = s.ProposalScratch.AsSpan(0, n);
        int winners = ContestResolver.Resolve(proposals, market.Vacancies);
        foreach (var hire in proposals[..winners])
        {
            people.Employer[hire.Proposer] = hire.Target;
            people.TenureMonths[hire.Proposer] = 0;
            firms.Employees[hire.Target]++;
        }
        s.Counters.Hires += winners;
    }

    private readonly struct ProposeBody(SimulationState s, double searchRate) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            var people = s.People;
            var market = s.VacancyMarket;
            for (int i = start; i < end; i++)
            {
                if (people.Employer[i] >= 0) continue;
                var rng = s.Random.Stream(Purpose.JobSearch, s.Tick, people.Key[i]);
                if (!rng.Bernoulli(searchRate)) continue;
                int firm = market.Draw(people.Locality[i], ref rng);
                if (firm < 0) continue;
                var draw = s.Random.Stream(Purpose.HiringPriority, s.Tick, people.Key[i]);
                ulong priority = (ulong)draw.NextUInt() << 32 | draw.NextUInt();
                s.HireProposals.Add(chunk, new Proposal(firm, priority, i));
            }
        }
    }
}
