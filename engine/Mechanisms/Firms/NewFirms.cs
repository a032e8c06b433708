using ClusterSim.Engine.Core;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Mechanisms.Labour;
using ClusterSim.Engine.Mechanisms.Market;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Firms;

/// <summary>
/// Setting up a firm founded during the run, shared by de novo entry and spin-offs: the founder becomes its
/// first employee; its kind follows its field (NTBF in high-tech fields), its R&amp;D choice the usual rule;
/// it starts with cash for a few months of costs. It is keyed by (founder key, tick, 0), never by row.
/// </summary>
internal static class NewFirms
{
    public static int Found(SimulationState s, int founder, FirmOrigin origin, ulong parentKey, int generation, int locality)
    {
        var people = s.People;
        var firms = s.Firms;
        var p = s.Parameters;
        int field = people.Field[founder];
        ulong key = EntityKey.Child(people.Key[founder], s.Tick, 0);
        var rng = s.Random.Stream(Purpose.NewFirmSetup, s.Tick, key);
        bool highTech = s.IsHighTech(field);
        int f = firms.Add(key, highTech ? FirmKind.Ntbf : FirmKind.Sme, origin, parentKey, generation, s.Tick, locality, field);
        firms.Activity[f] = !highTech ? FirmActivity.Manufacturing
            : origin is FirmOrigin.UniversitySpinoff or FirmOrigin.ResearchInstituteSpinoff ? FirmActivity.RdFocused
            : (FirmActivity)(1 + rng.NextInt(2));
        firms.Wage[f] = (float)FirmWages.Starting(s, locality);
        firms.CashUsd[f] = p.Of<EntryParameters>().InitialCashMonths * (firms.Wage[f] + p.Of<MarketParameters>().FixedCostPerMonth);
        firms.KnowledgeOf(f).Clear();
        firms.KnowledgeNext.AsSpan(f * firms.Stride, firms.Stride).Clear();
        Employment.JoinFirm(s, founder, f);
        firms.TargetEmployees[f] = 1;
        s.Flows.Count(IndicatorCatalog.FirmBirths);
        s.Flows.Count(IndicatorCatalog.Hires);
        return f;
    }

    /// <summary>Refreshes level, AC, productivity and the R&amp;D decision once the founder has filled in the firm's knowledge.</summary>
    public static void Finish(SimulationState s, int f)
    {
        var firms = s.Firms;
        AbsorptiveCapacity.Refresh(firms, f, KnowledgeKernels.Sum(firms.KnowledgeOf(f)), s.Parameters.Of<TransferParameters>().AcHalfSaturation);
        firms.Productivity[f] = Productivity.Of(firms, f, s.Parameters.Of<MarketParameters>().KnowledgeElasticity);
        var rng = s.Random.Stream(Purpose.RdReview, s.Tick, firms.Key[f]);
        firms.RdPerformer[f] = RdDecision.Decide(s, f, ref rng);
    }
}
