using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.Core;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>
/// M1, knowledge creation: obsolescence erodes every field by δ; own R&amp;D adds to the firm's field in
/// proportion to its R&amp;D intensity, which the rd_subsidy lever raises. R&amp;D is paid out of last
/// month's revenue. Also refreshes each firm's knowledge level and absorptive capacity (M2).
/// dK = −δ·K + yield·intensity·e_field;  AC = L / (L + L½) with L = Σ_k K_k.
/// </summary>
public static class CreateKnowledge
{
    public static void Run(SimulationState s)
    {
        var p = s.Parameters.Knowledge;
        var rdSubsidy = s.Scenario.Policies.GetValueOrDefault(Levers.RdSubsidy.Name);
        Span<double> totals = stackalloc double[2];
        s.Executor.Reduce(s.Firms.Count, new Body(s.Firms, s.Parameters.Transfer.AcHalfSaturation, p.ObsolescencePerMonth,
            p.RdYield, p.RdIntensity, p.RdSubsidyElasticity, rdSubsidy?.LevelAt(s.Tick) ?? 0,
            PolicyTargets.FirmKindOf(rdSubsidy?.Target ?? "all")), totals);
        s.Counters.RdSpendUsd += totals[0];
        s.Counters.PublicSpendRdSubsidyUsd += totals[1];
    }

    private readonly struct Body(FirmTable firms, double acHalf, double obsolescence, double yield, double intensity,
        double elasticity, double subsidy, int targetKind) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            float keep = (float)(1 - obsolescence);
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                double share = PolicyTargets.Applies(targetKind, firms.Kind[f]) ? subsidy : 0;
                double rdIntensity = intensity * (1 + elasticity * share);
                var row = firms.KnowledgeOf(f);
                row[firms.Field[f]] += (float)(yield * rdIntensity);
                AbsorptiveCapacity.Refresh(firms, f, KnowledgeKernels.ScaleAndSum(row, keep), acHalf);
                double rd = rdIntensity * firms.RevenueUsdPerMonth[f];
                firms.RdSpendUsdPerMonth[f] = (float)rd;
                sums[0] += rd;
                sums[1] += rd * share;
            }
        }
    }
}
