using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Randomness;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>
/// R&amp;D decision: once every review period (staggered by firm key) a firm decides whether to do R&amp;D,
/// with P = logistic(b₀ + b_size·ln n + b_K·L + b_ht·[high-tech field]). Larger and more knowledgeable
/// firms do R&amp;D more often (Cohen, Levin &amp; Mowery 1987; UN ¶41 L172: SMEs lack the resources); captive
/// suppliers of multinationals (simple components, OEM) less (UN ¶15 L94).
/// </summary>
[PhaseSummary("firms due for review decide whether to do R&D")]
internal sealed class ReviewRd : IPhase
{
    public void Run(SimulationState s) => s.Executor.For(s.Firms.Count, new Body(s));

    private readonly struct Body(SimulationState s) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            var firms = s.Firms;
            int period = s.Parameters.Of<RdParameters>().ReviewMonths;
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                if ((s.Tick + (int)(firms.Key[f] % (ulong)period)) % period != 0) continue;
                var rng = s.Random.Stream(Purpose.RdReview, s.Tick, firms.Key[f]);
                firms.RdPerformer[f] = RdDecision.Decide(s, f, ref rng);
            }
        }
    }
}
