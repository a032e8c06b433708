using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Randomness;

namespace ClusterSim.Engine.Mechanisms.Labour;

/// <summary>
/// M6, separations: each employee or researcher quits into unemployment with the quit rate, and a firm
/// above its target size lays off each employee with probability (n − target) / n, shedding the excess
/// in expectation. Decisions are proposed per person in parallel and applied in chunk order.
/// </summary>
[PhaseSummary("quits and layoffs")]
internal sealed class SeparateWorkers : IPhase
{
    // Rows proposed by each chunk, reused from tick to tick.
    private readonly ChunkBuffers<int> _leavers = new();

    public void Run(SimulationState s)
    {
        var people = s.People;
        _leavers.Reset(s.Executor.ChunkCount(people.Count));
        s.Executor.For(people.Count, new Body(s, s.Parameters.Of<LabourParameters>().QuitRatePerMonth, _leavers));
        for (int c = 0; c < _leavers.Chunks; c++)
        {
            foreach (int person in _leavers.Chunk(c))
            {
                Employment.Leave(s, person);
                s.Flows.Count(IndicatorCatalog.Separations);
            }
        }
    }

    private readonly struct Body(SimulationState s, double quitRate, ChunkBuffers<int> leavers) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            var people = s.People;
            var firms = s.Firms;
            for (int i = start; i < end; i++)
            {
                if (!people.Present[i] || !people.IsEmployed(i)) continue;
                int employer = people.Employer[i];
                double excess = 0;
                if (employer >= 0)
                {
                    int n = firms.Employees[employer];
                    excess = n > 0 ? Math.Max(0, n - firms.TargetEmployees[employer]) / (double)n : 0;
                }
                double leave = 1 - (1 - quitRate) * (1 - excess);
                var rng = s.Random.Stream(Purpose.Quits, s.Tick, people.Key[i]);
                if (rng.Bernoulli(leave)) leavers.Add(chunk, i);
            }
        }
    }
}
