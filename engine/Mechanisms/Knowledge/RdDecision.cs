using ClusterSim.Engine.Core;
using ClusterSim.Engine.Mechanisms.Global;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>
/// The R&amp;D decision rule (M1): P = logistic(b₀ + b_size·ln n + b_K·L + b_ht·[high-tech field]), less for captive
/// suppliers of multinationals. The yearly review (review_rd), new firms and the generated region all decide by it.
/// </summary>
internal static class RdDecision
{
    internal static bool Decide(SimulationState s, int firm, ref RandomStream rng)
    {
        var p = s.Parameters.Of<RdParameters>();
        var firms = s.Firms;
        double x = p.LogitIntercept + p.LogitSize * Math.Log(Math.Max(1, firms.Employees[firm]))
                   + p.LogitKnowledge * firms.KnowledgeLevel[firm] + (s.IsHighTech(firms.Field[firm]) ? p.LogitHighTech : 0)
                   - (firms.Tier[firm] is SupplierTier.SimpleComponents or SupplierTier.Oem ? s.Parameters.Of<SubcontractingParameters>().CaptiveRdPenalty : 0);
        return rng.Bernoulli(1 / (1 + Math.Exp(-x)));
    }
}
