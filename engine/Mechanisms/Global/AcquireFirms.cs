using ClusterSim.Engine.Core;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Market;
using ClusterSim.Engine.Mechanisms.Ties;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Global;

/// <summary>
/// M15, acquisitions by multinationals. An SME or NTBF of at least the minimum size that is ahead of its
/// field in knowledge is acquired with hazard rate × (1 + its external ties) × (1 − acquisition_block):
/// "development of new links outside the region may result in … acquisition" (TSER ¶23 L50). The parent
/// brings resources (months of costs in cash; TSER ¶22 L49). With the autonomy share the firm keeps its
/// autonomy and local ties and gains a global link, a bridge between the regional milieu and its parent;
/// otherwise it loses its regional ties and may relocate out of the region (the downside, brief M15).
/// </summary>
[PhaseSummary("multinationals acquire local firms; firms without autonomy may relocate")]
internal sealed class AcquireFirms : IPhase
{
    public void Run(SimulationState s)
    {
        var firms = s.Firms;
        var p = s.Parameters.Of<AcquisitionParameters>();
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            var rng = s.Random.Stream(Purpose.Acquisition, s.Tick, firms.Key[f]);
            if (firms.Acquired[f])
            {
                if (!firms.Autonomous[f] && !firms.Leaving[f] && rng.Bernoulli(p.RelocationRatePerMonth))
                {
                    firms.Leaving[f] = true;
                    s.Flows.Count(IndicatorCatalog.Relocations);
                }
                continue;
            }
            if (firms.Kind[f] is not (FirmKind.Sme or FirmKind.Ntbf) || firms.Employees[f] < p.MinEmployees) continue;
            if (firms.KnowledgeLevel[f] < FieldLevel(s, firms.Field[f])) continue;
            double hazard = p.RatePerMonth * (1 + firms.CountTies(f, FirmTable.ExternalPartner)) * (1 - s.Policy.LevelFor(Levers.AcquisitionBlock, firms, f));
            if (!rng.Bernoulli(hazard)) continue;
            Acquire(s, f, rng.Bernoulli(p.AutonomyShare));
        }
    }

    internal static void Acquire(SimulationState s, int f, bool autonomous)
    {
        var firms = s.Firms;
        firms.Kind[f] = FirmKind.TncAffiliate;
        firms.Acquired[f] = true;
        firms.Autonomous[f] = autonomous;
        firms.CashUsd[f] += s.Parameters.Of<AcquisitionParameters>().ResourceMonths * (firms.Employees[f] * (double)firms.Wage[f] + s.Parameters.Of<MarketParameters>().FixedCostPerMonth);
        if (autonomous)
        {
            firms.ExportAccess[f] = true;
            TieSlots.TieBothWays(firms, f, FirmTable.ExternalPartner, TieLayer.External, 1f);
        }
        else
        {
            for (int j = f * firms.TieSlots; j < (f + 1) * firms.TieSlots; j++)
                if (firms.TieTarget[j] >= 0 && firms.TieKind[j] != TieLayer.Parent) firms.TieTarget[j] = FirmTable.NoPartner;
        }
        s.Flows.Count(IndicatorCatalog.Acquisitions);
    }

    /// <summary>The knowledge level of the field's mean firm.</summary>
    private static double FieldLevel(SimulationState s, int field)
    {
        double level = 0;
        foreach (double k in s.Region.FieldKnowledge.AsSpan(field * s.Firms.Stride, s.Firms.Stride)) level += k;
        return level;
    }
}
