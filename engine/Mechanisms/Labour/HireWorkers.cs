using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Mechanisms.Ties;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Labour;

/// <summary>
/// M6, hiring and job-to-job mobility by propose → resolve → apply. Firms below their target and
/// institutions with empty research posts post vacancies. The unemployed search with the search rate,
/// the employed with the on-the-job rate; each searcher applies to one vacancy in their locality, drawn in
/// proportion to vacancies; someone in work applies only where the pay is higher than they have (the job ladder:
/// FirmWages; an institution pays its locality's wage level, at least the reservation wage). An employer takes
/// applicants in order of a hash of (seed, tick, person) up to its vacancies. A mover carries tacit knowledge: the hiring firm gains
/// c · AC · max(0, e − K_field) / √n in the mover's field, credited to the hire channel (TSER ¶29 L62),
/// and a weak collaboration tie forms between the new and the old employer (brief M6: social proximity).
/// </summary>
[PhaseSummary("vacancies matched with the unemployed and job-to-job searchers")]
internal sealed class HireWorkers : IPhase
{
    // Scratch reused from tick to tick.
    private readonly VacancyMarket _market = new();
    private readonly ChunkBuffers<Proposal> _proposals = new();
    private Proposal[] _ordered = [];

    public void Run(SimulationState s)
    {
        var market = _market;
        market.Rebuild(s.Firms, s.Institutions, s.Scenario.Region.Localities);
        if (market.Total == 0) return;

        _proposals.Reset(s.Executor.ChunkCount(s.People.Count));
        s.Executor.For(s.People.Count, new ProposeBody(s, _market, _proposals));
        int n = _proposals.CopyInOrder(ref _ordered);
        var proposals = _ordered.AsSpan(0, n);
        int winners = ContestResolver.Resolve(proposals, market.Vacancies);
        foreach (var hire in proposals[..winners]) Apply(s, hire.Proposer, hire.Target);
    }

    internal static void Apply(SimulationState s, int person, int employer)
    {
        var people = s.People;
        bool move = people.IsEmployed(person);
        int firmCount = s.Firms.Count; // employers are numbered firms first, then institutions (VacancyMarket)
        if (employer >= firmCount)
        {
            Employment.JoinInstitution(s, person, employer - firmCount);
        }
        else
        {
            bool graduate = !move && people.GraduationTick[person] >= 0 && s.Tick - people.GraduationTick[person] <= 24;
            int previous = people.Employer[person];
            Employment.JoinFirm(s, person, employer);
            if (graduate) s.Flows.Count(IndicatorCatalog.GraduatesHired);
            if (move) CarryKnowledge(s, person, employer);
            if (previous >= 0 && s.Parameters.Of<LabourParameters>().MobilityTieWeight > 0)
                TieSlots.TieBothWays(s.Firms, employer, previous, TieLayer.Collaboration, (float)s.Parameters.Of<LabourParameters>().MobilityTieWeight);
        }
        s.Flows.Count(IndicatorCatalog.Hires);
        if (move) s.Flows.Count(IndicatorCatalog.JobToJobMoves);
    }

    private static void CarryKnowledge(SimulationState s, int person, int firm)
    {
        var firms = s.Firms;
        int field = s.People.Field[person];
        ref float k = ref firms.Knowledge[firm * firms.Stride + field];
        float gap = s.People.Expertise[person] - k;
        if (gap <= 0) return;
        float gained = (float)(s.Parameters.Of<LabourParameters>().CarriedKnowledgeShare * firms.AbsorptiveCapacity[firm] * gap / Math.Sqrt(Math.Max(1, firms.Employees[firm])));
        k += gained;
        firms.InflowOf(firm)[(int)KnowledgeChannel.Hire] += gained;
        s.Flows.Add(IndicatorCatalog.KnowledgeTransferred, gained);
        AbsorptiveCapacity.Refresh(firms, firm, KnowledgeKernels.Sum(firms.KnowledgeOf(firm)), s.Parameters.Of<TransferParameters>().AcHalfSaturation);
    }

    /// <summary>What employer number <paramref name="employer"/> (firms first, then institutions) pays a month.</summary>
    private static double Pay(SimulationState s, int employer, int firmCount) => employer < firmCount
        ? s.Firms.Wage[employer]
        : Math.Max(s.Region.ReservationWageUsdPerMonth, s.Region.LocalityWage[s.Institutions.Locality[employer - firmCount]]);

    private readonly struct ProposeBody(SimulationState s, VacancyMarket market, ChunkBuffers<Proposal> proposals) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            var people = s.People;
            var p = s.Parameters.Of<LabourParameters>();
            for (int i = start; i < end; i++)
            {
                if (!people.Present[i]) continue;
                bool employed = people.IsEmployed(i);
                var rng = s.Random.Stream(employed ? Purpose.OnTheJobSearch : Purpose.JobSearch, s.Tick, people.Key[i]);
                if (!rng.Bernoulli(employed ? p.OnTheJobSearchRatePerMonth : p.SearchRatePerMonth)) continue;
                int employer = market.Draw(people.Locality[i], ref rng);
                if (employer < 0 || employer == people.Employer[i] || (people.Institution[i] >= 0 && employer == market.FirmCount + people.Institution[i])) continue;
                if (employed && Pay(s, employer, market.FirmCount) <= Pay(s, people.Employer[i] >= 0 ? people.Employer[i] : market.FirmCount + people.Institution[i], market.FirmCount)) continue;
                var draw = s.Random.Stream(Purpose.HiringPriority, s.Tick, people.Key[i]);
                ulong priority = (ulong)draw.NextUInt() << 32 | draw.NextUInt();
                proposals.Add(chunk, new Proposal(employer, priority, i));
            }
        }
    }
}
