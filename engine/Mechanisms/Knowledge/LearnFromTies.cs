using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Core;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>
/// M2, firm-to-firm transfer through ties, gated by absorptive capacity:
/// ΔK_f = Σ_ties η · AC_f^γ · g(AC_f) · w · max(0, K_partner − K_f), with g = 1 above AC* and the
/// codified share below it (UN L42, ¶31 L136). Every firm learns from last month's stocks: new rows are
/// written to a second buffer and swapped in, so the order firms are visited in does not matter.
/// </summary>
public static class LearnFromTies
{
    public static void Run(SimulationState s)
    {
        var p = s.Parameters.Transfer;
        Span<double> total = stackalloc double[1];
        s.Executor.Reduce(s.Firms.Count, new Body(s.Firms, p.RatePerMonth, p.AcExponent, p.AcThreshold, p.CodifiedShare, p.AcHalfSaturation), total);
        s.Firms.SwapKnowledgeBuffers();
        s.Counters.KnowledgeTransferred += total[0];
    }

    private readonly struct Body(FirmTable firms, double rate, double exponent, double threshold, double codifiedShare, double acHalf)
        : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            int stride = firms.Stride, slots = firms.TieSlots;
            for (int f = start; f < end; f++)
            {
                var own = firms.Knowledge.AsSpan(f * stride, stride);
                var next = firms.KnowledgeNext.AsSpan(f * stride, stride);
                own.CopyTo(next);
                if (!firms.Alive[f]) continue;
                double ac = firms.AbsorptiveCapacity[f];
                double gate = Math.Pow(ac, exponent) * (ac < threshold ? codifiedShare : 1.0);
                float before = firms.KnowledgeLevel[f];
                bool learned = false;
                for (int j = f * slots; j < (f + 1) * slots; j++)
                {
                    int partner = firms.TieTarget[j];
                    if (partner < 0 || !firms.Alive[partner]) continue;
                    KnowledgeKernels.AddGap(next, firms.Knowledge.AsSpan(partner * stride, stride), own, (float)(rate * gate * firms.TieWeight[j]));
                    learned = true;
                }
                if (!learned) continue;
                float after = KnowledgeKernels.Sum(next);
                AbsorptiveCapacity.Refresh(firms, f, after, acHalf);
                sums[0] += after - before;
            }
        }
    }
}
