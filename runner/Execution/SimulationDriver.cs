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

/// <summary>Where replication r of a scenario starts: its simulation (null when it needs no stepping) and the outputs written before it, which are handed on first.</summary>
/// <param name="Simulation">A fresh or restored simulation, or null.</param>
/// <param name="History">Outputs the replication (and any skipped before it) wrote before this point.</param>
public sealed record Start(Simulation? Simulation, IReadOnlyList<TickOutput> History);

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
    /// <param name="start">Where each (scenario, replication) starts; by default a freshly generated region.</param>
    /// <param name="afterTick">Called on the simulating thread after every tick with the scenario's index, its simulation and every output handed on so far (for checkpoints).</param>
    public static async Task Run(
        IReadOnlyList<Scenario> scenarios, int threads, bool panel, Action<TickOutput> consume, RunProgress progress, CancellationToken cancel,
        Func<int, int, ChunkedExecutor, Start>? start = null, Action<int, Simulation, IReadOnlyList<TickOutput>>? afterTick = null)
    {
        start ??= (i, r, executor) => new Start(new Simulation(scenarios[i], r, executor), []);
        var history = scenarios.Select(_ => new List<TickOutput>()).ToArray();
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
                    var (simulation, before) = start(i, r, executors[i]);
                    foreach (var output in before) await Hand(output);
                    if (simulation is null) continue;
                    simulation.State.PanelEnabled = panel;
                    while (simulation.State.Tick < run.Ticks)
                    {
                        cancel.ThrowIfCancellationRequested();
                        var row = simulation.Step();
                        var records = simulation.State.Panel.Count > 0 ? simulation.State.Panel.ToArray() : null;
                        if (row.Tick >= run.BurnInTicks) await Hand(new TickOutput(i, row, records));
                        afterTick?.Invoke(i, simulation, history[i]);
                        progress.Advance(() => $"{scenarios[i].Name}: replication {r + 1}/{run.Replications}, tick {row.Tick + 1}/{run.Ticks}");
                    }
                }
        }
        finally
        {
            outputs.Writer.Complete();
            await writer;
        }

        async ValueTask Hand(TickOutput output)
        {
            if (afterTick is not null) history[output.Scenario].Add(output);
            await outputs.Writer.WriteAsync(output, cancel);
        }
    }

    /// <summary>Ticks <see cref="Run"/> simulates for <paramref name="scenarios"/>, for progress.</summary>
    public static long TotalTicks(IEnumerable<Scenario> scenarios) => scenarios.Sum(s => (long)s.Run.Replications * s.Run.Ticks);
}
