using System.Threading.Channels;
using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Execution;

/// <summary>What one written tick hands to the writers: which scenario, its indicator row and, every 12th tick or on exits, panel records.</summary>
/// <param name="Scenario">Index of the scenario in the list the driver runs.</param>
/// <param name="Row">The tick's indicators.</param>
/// <param name="Panel">Panel records of the tick, or null.</param>
public sealed record TickOutput(int Scenario, IndicatorRow Row, PanelRecord[]? Panel);

/// <summary>
/// Steps every replication of one or more scenarios, replication-major (replication r of every scenario before
/// r + 1, so a comparison's pairs finish together), and hands each tick after burn-in to one writer task
/// through a bounded channel: writing overlaps simulating and happens in order.
/// </summary>
public static class SimulationDriver
{
    /// <param name="scenarios">Scenarios to run; replication r of each uses its run.seed + r.</param>
    /// <param name="threads">Core budget of each simulation.</param>
    /// <param name="panel">Record the firm-level panel.</param>
    /// <param name="consume">Called on the writer task for every written tick, in order.</param>
    /// <param name="progress">Advanced after every tick.</param>
    /// <param name="cancel">Stops between ticks.</param>
    public static async Task Run(IReadOnlyList<Scenario> scenarios, int threads, bool panel, Action<TickOutput> consume, RunProgress progress, CancellationToken cancel)
    {
        var outputs = Channel.CreateBounded<TickOutput>(new BoundedChannelOptions(256) { SingleReader = true, SingleWriter = true });
        var writer = Task.Run(async () =>
        {
            await foreach (var output in outputs.Reader.ReadAllAsync(CancellationToken.None)) consume(output);
        }, CancellationToken.None);
        var executors = scenarios.Select(s => new ChunkedExecutor(threads, s.Run.ChunkSize)).ToArray();
        int replications = scenarios.Max(s => s.Run.Replications);
        try
        {
            for (int r = 0; r < replications; r++)
                for (int i = 0; i < scenarios.Count; i++)
                {
                    var run = scenarios[i].Run;
                    if (r >= run.Replications) continue;
                    var simulation = new Simulation(scenarios[i], r, executors[i]);
                    simulation.State.PanelEnabled = panel;
                    while (simulation.State.Tick < run.Ticks)
                    {
                        cancel.ThrowIfCancellationRequested();
                        var row = simulation.Step();
                        var records = simulation.State.Panel.Count > 0 ? simulation.State.Panel.ToArray() : null;
                        if (row.Tick >= run.BurnInTicks) await outputs.Writer.WriteAsync(new TickOutput(i, row, records), cancel);
                        progress.Advance(() => $"{scenarios[i].Name}: replication {r + 1}/{run.Replications}, tick {row.Tick + 1}/{run.Ticks}");
                    }
                }
        }
        finally
        {
            outputs.Writer.Complete();
            await writer;
        }
    }

    /// <summary>Ticks <see cref="Run"/> simulates for <paramref name="scenarios"/>, for progress.</summary>
    public static long TotalTicks(IEnumerable<Scenario> scenarios) => scenarios.Sum(s => (long)s.Run.Replications * s.Run.Ticks);
}
