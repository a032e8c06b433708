using System.Threading.Channels;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Model;
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
/// through a bounded channel: writing overlaps simulating and happens in order. When it pays, replications
/// run side by side in lanes (<see cref="Lanes"/>); their outputs are still handed on in replication order,
/// and results never depend on the lanes, since they do not depend on the thread count.
/// </summary>
public static class SimulationDriver
{
    /// <param name="scenarios">Scenarios to run; replication r of each uses its run.seed + r.</param>
    /// <param name="threads">Total core budget.</param>
    /// <param name="panel">Record the firm-level panel.</param>
    /// <param name="consume">Called on the writer task for every written tick, in order.</param>
    /// <param name="progress">Advanced after every tick.</param>
    /// <param name="cancel">Stops between ticks.</param>
    /// <param name="start">Where each (scenario, replication) starts; by default a freshly generated region. Called on the replication's lane.</param>
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
        int replications = scenarios.Max(s => s.Run.Replications);
        int lanes = Lanes(scenarios, threads, replications, panel || afterTick is not null);
        try
        {
            if (lanes == 1)
            {
                var executors = scenarios.Select(s => new ChunkedExecutor(threads, s.Run.ChunkSize)).ToArray();
                for (int r = 0; r < replications; r++) await StepReplication(r, executors, Hand, cancel);
            }
            else
            {
                await RunSideBySide(lanes, threads / lanes, replications, cancel);
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

        // A sliding window of `lanes` replications; the oldest is handed on before the next starts, so at most
        // `lanes` replications' outputs wait in memory.
        async Task RunSideBySide(int lanes, int threadsPerLane, int replications, CancellationToken cancel)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            var window = new Queue<Task<List<TickOutput>>>();
            try
            {
                for (int r = 0; r < replications; r++)
                {
                    if (window.Count == lanes) await HandOn(window.Dequeue());
                    window.Enqueue(Launch(r));
                }
                while (window.Count > 0) await HandOn(window.Dequeue());
            }
            catch
            {
                // One lane failed or was cancelled: stop the others and let them finish before reporting the first error.
                stop.Cancel();
                await Task.WhenAll(window).ContinueWith(_ => { }, TaskScheduler.Default);
                throw;
            }

            Task<List<TickOutput>> Launch(int replication) => Task.Run(async () =>
            {
                var executors = scenarios.Select(s => new ChunkedExecutor(threadsPerLane, s.Run.ChunkSize)).ToArray();
                var buffer = new List<TickOutput>();
                await StepReplication(replication, executors, o => { buffer.Add(o); return ValueTask.CompletedTask; }, stop.Token);
                return buffer;
            }, stop.Token);

            async Task HandOn(Task<List<TickOutput>> lane)
            {
                foreach (var output in await lane) await outputs.Writer.WriteAsync(output, cancel);
            }
        }

        async Task StepReplication(int r, ChunkedExecutor[] executors, Func<TickOutput, ValueTask> hand, CancellationToken token)
        {
            for (int i = 0; i < scenarios.Count; i++)
            {
                var run = scenarios[i].Run;
                if (r >= run.Replications) continue;
                var (simulation, before) = start(i, r, executors[i]);
                foreach (var output in before) await hand(output);
                if (simulation is null) continue;
                simulation.RecordsPanel = panel;
                while (simulation.Tick < run.Ticks)
                {
                    token.ThrowIfCancellationRequested();
                    var (row, records) = simulation.Step();
                    if (row.Tick >= run.BurnInTicks) await hand(new TickOutput(i, row, records.Length > 0 ? records : null));
                    afterTick?.Invoke(i, simulation, history[i]);
                    int scenario = i;
                    progress.Advance(() => $"{scenarios[scenario].Name}: replication {r + 1}/{run.Replications}, tick {row.Tick + 1}/{run.Ticks}");
                }
            }
        }
    }

    /// <summary>
    /// How many replications run at once. A simulation's chunks keep two cores only about 1.5× busy
    /// (TickBenchmarks: 21.4 → 13.6 ms a tick at 100k people, 221 → 143 ms at 1M), while separate
    /// replications on one core each do better (four replications of interventions/soft_landing.base.yaml,
    /// 100k people, on two cores: 10.4 s in turn, 8.1 s side by side). So replications run side by side, up to one per core, as far as
    /// memory allows (the pre-flight estimate per region). Not when outputs would have to wait in memory
    /// while a lane catches up: with a panel or checkpoints, replications run in turn.
    /// </summary>
    /// <param name="scenarios">The scenarios run.</param>
    /// <param name="threads">Total core budget.</param>
    /// <param name="replications">Replications of the largest scenario.</param>
    /// <param name="inTurn">A panel or checkpoints are written.</param>
    /// <param name="availableBytes">Memory the process may use (default: what the runtime reports).</param>
    public static int Lanes(IReadOnlyList<Scenario> scenarios, int threads, int replications, bool inTurn, long? availableBytes = null)
    {
        if (inTurn || threads < 2 || replications < 2) return 1;
        var largest = scenarios.MaxBy(s => (double)s.Population.People * (1 + s.Population.FirmsPer1000People / 1000))!;
        var estimate = Preflight.Estimate(largest, threads, availableBytes);
        long perRegion = Math.Max(1, estimate.PeakBytes - Preflight.BaseBytes);
        long fit = (estimate.AvailableBytes - Preflight.BaseBytes) / perRegion;
        return (int)Math.Clamp(Math.Min(Math.Min(threads, replications), fit), 1, threads);
    }

    /// <summary>Ticks <see cref="Run"/> simulates for <paramref name="scenarios"/>, for progress.</summary>
    public static long TotalTicks(IEnumerable<Scenario> scenarios) => scenarios.Sum(s => (long)s.Run.Replications * s.Run.Ticks);
}
