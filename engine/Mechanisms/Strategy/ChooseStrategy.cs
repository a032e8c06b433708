using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Randomness;

namespace ClusterSim.Engine.Mechanisms.Strategy;

/// <summary>
/// M14, low road versus high road (UN ¶19 L106). At its yearly review a firm takes the high road with
/// probability logistic(bias + w·AC): capable firms upgrade. A low-road firm pays less (low wages, low
/// standards) but does no R&amp;D or training. When the reference wage rises above its start, a low-road
/// firm relocates out of the region with hazard rate × ln(w_ref / wage₀): clusters without technological
/// depth are vulnerable to rising labour costs (UN ¶23 L116; SF17).
/// </summary>
[PhaseSummary("low road or high road at review; low-road relocation under a rising wage path")]
internal sealed class ChooseStrategy : IPhase
{
    public void Run(SimulationState s) => s.Executor.For(s.Firms.Count, new Body(s));

    private readonly struct Body(SimulationState s) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            var firms = s.Firms;
            var p = s.Parameters.Of<StrategyParameters>();
            int period = s.Parameters.Of<RdParameters>().ReviewMonths;
            double rise = Math.Max(0, WagePath.Rise(s));
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                var rng = s.Random.Stream(Purpose.Strategy, s.Tick, firms.Key[f]);
                if ((s.Tick + (int)(firms.Key[f] % (ulong)period)) % period == 0)
                    firms.HighRoad[f] = rng.Bernoulli(1 / (1 + Math.Exp(-(p.HighRoadBias + p.HighRoadPerAc * firms.AbsorptiveCapacity[f]))));
                if (firms.HighRoad[f]) continue;
                firms.RdPerformer[f] = false;
                if (rise > 0 && rng.Bernoulli(Math.Min(1, p.RelocationPerWageRise * rise))) firms.Leaving[f] = true;
            }
        }
    }
}
