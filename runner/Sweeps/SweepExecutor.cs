using System.Diagnostics;
using System.Threading.Channels;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Model;
using ClusterSim.Runner.Execution;
using ClusterSim.Runner.Validation;

namespace ClusterSim.Runner.Sweeps;

/// <summary>
/// Runs a sweep's pending runs on every core: as many runs side by side as there are threads (each on its own share of
/// the threads when runs are fewer than threads), each a fresh simulation of its scenario at its seed. Finished runs
/// stream through a bounded channel to one writer, which commits them to the journal in batches (of at least 32 runs,
/// or every 2 seconds), so memory holds at most a batch and the
/// channel's capacity, however many runs there are. Results do not depend on the thread count or on the order runs
/// finish in: each run is deterministic and the final tables are sorted by run.
/// </summary>
/// <summary>What runs at each run of a sweep: the simulation (<see cref="SweepExecutor.RunOne"/>) or, in the tests of the analysis, a function whose indices are known.</summary>
public delegate (SweepRecord Record, List<SeriesValue> Series) SweepModel(SweepPlan plan, SweepRun run, int threads, Action afterTick, CancellationToken cancel);

public static class SweepExecutor
{
    // A part holds at least 32 runs, and more in a long sweep, so a sweep leaves at most a few hundred parts for the
    // final merge to open; a batch is committed at least every 2 seconds, so a kill loses at most that much work.
    private const int BatchRuns = 32, MaxParts = 200;
    private const double BatchSeconds = 2;

    /// <summary>The result of a call: runs committed and runs that failed (their errors logged).</summary>
    public sealed record Outcome(int Committed, int Failed);

    public static async Task<Outcome> Run(SweepPlan plan, SweepColumns columns, IReadOnlyList<SweepRun> pending, SweepJournal journal, int threads,
        RunProgress progress, TextWriter log, CancellationToken cancel, SweepModel? model = null)
    {
        model ??= RunOne;
        int lanes = Math.Max(1, Math.Min(threads, pending.Count));
        int threadsPerRun = Math.Max(1, threads / lanes);
        var finished = Channel.CreateBounded<(SweepRecord, List<SeriesValue>)>(new BoundedChannelOptions(2 * lanes) { SingleReader = true });
        int committed = 0, failed = 0, done = 0, batch = Math.Max(BatchRuns, pending.Count / MaxParts);
        var writer = Task.Run(async () =>
        {
            var records = new List<SweepRecord>();
            var series = new List<SeriesValue>();
            var clock = Stopwatch.StartNew();
            void Flush()
            {
                journal.Commit(records, series);
                committed += records.Count;
                records.Clear();
                series.Clear();
                clock.Restart();
            }
            await foreach (var (record, values) in finished.Reader.ReadAllAsync(CancellationToken.None))
            {
                records.Add(record);
                series.AddRange(values);
                if (records.Count >= batch || clock.Elapsed.TotalSeconds >= BatchSeconds) Flush();
            }
            Flush();
        }, CancellationToken.None);

        try
        {
            await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = lanes, CancellationToken = cancel }, async (run, token) =>
            {
                try
                {
                    var result = model(plan, run, threadsPerRun, () => progress.Advance(() => $"runs {Volatile.Read(ref done)}/{pending.Count} done, {Volatile.Read(ref failed)} failed"), token);
                    Interlocked.Increment(ref done);
                    await finished.Writer.WriteAsync(result, token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Interlocked.Increment(ref failed);
                    lock (log) log.WriteLine($"error: run {run.Id} (point {run.Point.Index}, {run.Context}, {run.Variant}, replication {run.Replication}) failed: {e.Message}");
                }
            });
        }
        finally
        {
            finished.Writer.Complete();
            await writer;
        }
        return new Outcome(committed, failed);
    }

    /// <summary>Simulates one run and computes its outputs and series.</summary>
    public static (SweepRecord Record, List<SeriesValue> Series) RunOne(SweepPlan plan, SweepRun run, int threads, Action afterTick, CancellationToken cancel)
    {
        var scenario = plan.ScenarioOf(run);
        var simulation = new Simulation(scenario, 0, new ChunkedExecutor(threads, scenario.Run.ChunkSize)) { RecordsPanel = plan.NeedsPanel };
        var rows = new List<IndicatorRow>();
        var panel = new List<PanelRecord>();
        for (int t = 0; t < scenario.Run.Ticks; t++)
        {
            cancel.ThrowIfCancellationRequested();
            var step = simulation.Step();
            if (step.Row.Tick >= scenario.Run.BurnInTicks)
            {
                rows.Add(step.Row);
                panel.AddRange(step.Panel);
            }
            afterTick();
        }
        var output = new ReplicationOutput(scenario, rows, panel);
        var outputs = plan.Outputs.Select(o => StatisticEvaluator.Of(o.Statistic, output)).ToArray();
        var series = new List<SeriesValue>();
        var names = IndicatorCatalog.SeriesOf(scenario);
        foreach (string name in plan.File.Sweep.Series)
        {
            int column = IndicatorCatalog.IndexOf(names, name);
            if (column < 0) continue; // a park's series in a context without the park
            foreach (var row in rows)
                series.Add(new SeriesValue(run.Order, run.Id, scenario.Name, run.Replication, row.Tick, scenario.Run.Start.AddMonths(row.Tick), name, row.Values[column]));
        }
        var labels = run.Point.Labels.Select(l => l.Value).ToArray();
        return (new SweepRecord(run.Order, run.Id, run.Point.Index, scenario.Name, run.Context, run.Variant, run.Replication, run.Seed,
            labels, run.Point.Values, outputs), series);
    }
}
