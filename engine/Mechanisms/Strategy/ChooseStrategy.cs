using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Randomness;

namespace ClusterSim.Engine.Mechanisms.Strategy;

/// <summary>
/// M14, low road versus high road (UN ¶19 L106). At its yearly review a firm takes the high road with
/// probability logistic(bias + w·AC): capable firms upgrade. A low-road firm pays less (low wages, low
/// standards; FirmWages) but does no R&amp;D or training, so its productivity does not grow. Whether it survives
/// a rising outside wage is its economics: the reservation wage reaches the lowest wages first (UN ¶23 L116; SF17).
/// </summary>
[PhaseSummary("low road or high road at review")]
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
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                if ((s.Tick + (int)(firms.Key[f] % (ulong)period)) % period == 0)
                    firms.HighRoad[f] = s.Random.Stream(Purpose.Strategy, s.Tick, firms.Key[f]).Bernoulli(1 / (1 + Math.Exp(-(p.HighRoadBias + p.HighRoadPerAc * firms.AbsorptiveCapacity[f]))));
                if (!firms.HighRoad[f]) firms.RdPerformer[f] = false;
            }
        }
    }
}
