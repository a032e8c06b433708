using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Core;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Firms;

/// <summary>
/// M19, de novo entry, driven by opportunity and entrepreneurship, never by a target count: each
/// unemployed person founds a firm with probability entrepreneurship × opportunity of their field (the
/// field's margin relative to a normal one). The firm starts in the founder's locality and field with the
/// founder as its only employee, a share of the field's mean knowledge, and cash for a few months.
/// It is keyed by (founder key, tick, 0), so its draws do not depend on other births.
/// </summary>
public static class EnterFirms
{
    public static void Run(SimulationState s)
    {
        var people = s.People;
        var firms = s.Firms;
        var p = s.Parameters;
        s.RowProposals.Reset(s.Executor.ChunkCount(people.Count));
        s.Executor.For(people.Count, new ProposeBody(s, p.Entry.EntrepreneurshipPerMonth));
        double startingCash = p.Entry.InitialCashMonths * (s.WageUsdPerMonth + p.Market.FixedCostPerMonth);
        for (int c = 0; c < s.RowProposals.Chunks; c++)
        {
            foreach (int founder in s.RowProposals.Chunk(c))
            {
                int field = people.Field[founder];
                int f = firms.Add(EntityKey.Child(people.Key[founder], s.Tick, 0), FirmKind.Sme, FirmOrigin.DeNovo,
                    people.Key[founder], s.Tick, people.Locality[founder], field);
                firms.Employees[f] = 1;
                firms.TargetEmployees[f] = 1;
                firms.CashUsd[f] = startingCash;
                var row = firms.KnowledgeOf(f);
                row.Clear();
                firms.KnowledgeNext.AsSpan(f * firms.Stride, firms.Stride).Clear();
                row[field] = (float)(p.Entry.InheritedKnowledgeShare * s.FieldKnowledge[field]);
                AbsorptiveCapacity.Refresh(firms, f, row[field], p.Transfer.AcHalfSaturation);
                people.Employer[founder] = f;
                people.TenureMonths[founder] = 0;
                s.Counters.Births++;
                s.Counters.Hires++;
            }
        }
    }

    private readonly struct ProposeBody(SimulationState s, double entrepreneurship) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            var people = s.People;
            var opportunity = s.FieldOpportunity;
            for (int i = start; i < end; i++)
            {
                if (people.Employer[i] >= 0) continue;
                var rng = s.Random.Stream(Purpose.FirmEntry, s.Tick, people.Key[i]);
                if (rng.Bernoulli(entrepreneurship * opportunity[people.Field[i]])) s.RowProposals.Add(chunk, i);
            }
        }
    }
}
