using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>
/// M2, institution-to-firm transfer: a firm linked to a university or research institute gains
/// η_inst · m · AC^γ · g(AC) · w · max(0, K_inst − K_f), m the tailored-liaison multiplier for a tailored
/// office (TSER ¶13 L32). Credited to the university or research-institute channel. A firm writes only
/// its own row and institutions are read-only here, so no second buffer is needed.
/// </summary>
public static class LearnFromInstitutions
{
    public static void Run(SimulationState s)
    {
        Span<double> total = stackalloc double[1];
        s.Executor.Reduce(s.Firms.Count, new Body(s), total);
        s.Counters.KnowledgeTransferred += total[0];
    }

    private readonly struct Body(SimulationState s) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            var firms = s.Firms;
            var inst = s.Institutions;
            var p = s.Parameters.Transfer;
            for (int f = start; f < end; f++)
            {
                int i = firms.InstitutionTie[f];
                if (!firms.Alive[f] || i < 0) continue;
                double liaison = inst.Liaison[i] == LiaisonMode.Tailored ? p.TailoredLiaisonMultiplier : 1.0;
                double coefficient = p.InstitutionRatePerMonth * liaison * LearnFromTies.Gate(p, firms.AbsorptiveCapacity[f]) * firms.InstitutionTieWeight[f];
                var own = firms.KnowledgeOf(f);
                float added = KnowledgeKernels.AddGap(own, inst.KnowledgeOf(i), own, (float)coefficient);
                if (added == 0) continue;
                var channel = inst.Kind[i] == InstitutionKind.University ? KnowledgeChannel.University : KnowledgeChannel.ResearchInstitute;
                firms.InflowOf(f)[(int)channel] += added;
                AbsorptiveCapacity.Refresh(firms, f, KnowledgeKernels.Sum(own), p.AcHalfSaturation);
                sums[0] += added;
            }
        }
    }
}
