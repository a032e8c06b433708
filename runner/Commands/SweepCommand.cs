using System.CommandLine;
using System.Diagnostics;
using ClusterSim.Runner.Execution;
using ClusterSim.Runner.Sweeps;

namespace ClusterSim.Runner.Commands;

/// <summary>
/// <c>clustersim sweep FILE</c>: every run of a sweep file (its design's points × contexts × variants × replications) on
/// every core, into a folder that survives any kill: a restart of the same command runs exactly the runs missing.
/// The folder ends with results.csv and results.parquet (one row per run), series.* when asked, and manifest.json.
/// </summary>
public static class SweepCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A sweep file (with a sweep: section)." };
        var output = new OutputOptions("Sweep folder (default: out/sweeps/<sweep name>, with -shard-I-of-N for a shard); a restart into the same folder resumes.");
        var set = SharedOptions.Set("Override a key of every base scenario: --set key.path=value (repeatable), before the points' values.");
        var shard = new Option<string?>("--shard") { Description = "Run shard I of N (0-based, I/N): the runs whose number is I modulo N, into the shard's own folder; merge combines the shards." };
        var only = new Option<string?>("--only") { Description = "Redo the one run of this id with the same numbers, and write its results row to stdout (nothing is written to a folder)." };
        var emit = new Option<bool>("--emit-slurm") { Description = "Print a Slurm submit script (a job array of --shards tasks, then a merge after all of them) instead of running; nothing runs." };
        var partition = new Option<string?>("--partition") { Description = "With --emit-slurm: the Slurm partition (default: the cluster's)." };
        var time = new Option<string>("--time") { Description = "With --emit-slurm: each task's wall-time limit.", DefaultValueFactory = _ => "01:00:00" };
        var cpus = new Option<int>("--cpus") { Description = "With --emit-slurm: CPUs of each task (its --threads).", DefaultValueFactory = _ => 2 };
        var shards = new Option<int>("--shards") { Description = "With --emit-slurm: array tasks, one shard each.", DefaultValueFactory = _ => 4 };
        var command = new Command("sweep", "Run a sweep file's runs on every core, resumable after any kill, optionally as one shard of N, or emit a Slurm job array for it.")
            { file, set, shard, only, emit, partition, time, cpus, shards };
        foreach (var option in output.All) command.Options.Add(option);
        command.SetAction((parse, cancel) => CommandHost.Run(cancel, (log, token) => Execute(new SweepOptions(parse.GetValue(file)!, parse.GetValue(output.Out),
            parse.GetValue(set) ?? [], parse.GetValue(output.Threads), parse.GetValue(shard), parse.GetValue(only), parse.GetValue(output.Force), parse.GetValue(output.Quiet),
            parse.GetValue(emit) ? new SlurmRequest(parse.GetValue(shards), parse.GetValue(cpus), parse.GetValue(time)!, parse.GetValue(partition)) : null,
            RunProgress.StyleFor(parse.GetValue(output.Quiet), Console.Error)), Console.Out, log, token)));
        return command;
    }

    public sealed record SweepOptions(string File, string? Out, IReadOnlyList<string> Set, int Threads, string? Shard = null, string? Only = null,
        bool Force = false, bool Quiet = false, SlurmRequest? Slurm = null, ProgressStyle? Style = null);

    /// <param name="model">What each run runs: the simulation, unless a test gives a function with known answers.</param>
    public static Task<int> Execute(SweepOptions options, TextWriter stdout, TextWriter log, CancellationToken cancel, SweepModel? model = null) => ExitOnError.Run(log, cancel, async () =>
    {
        var plan = SweepPlan.Load(options.File, options.Set);
        var shard = options.Shard is { } text ? SweepShard.Parse(text) : SweepShard.Whole;
        var columns = ColumnsOf(plan);
        if (options.Slurm is { } slurm)
        {
            if (slurm.Shards < 1) throw new BadInputException($"--shards {slurm.Shards}: must be at least 1");
            if (slurm.Cpus < 1) throw new BadInputException($"--cpus {slurm.Cpus}: must be at least 1");
            if (options.Shard is not null) throw new BadInputException("--shard: the emitted script gives each array task its shard; leave --shard out");
            string target = Path.GetFullPath(options.Out ?? Path.Combine("out", "sweeps", plan.File.Name));
            stdout.Write(SlurmScript.For(plan, target, slurm, ThisBinary()));
            return ExitCodes.Ok;
        }
        if (options.Only is { } id)
        {
            var run = plan.Runs.FirstOrDefault(r => r.Id == id) ?? throw new BadInputException($"--only {id}: no run of {options.File} has this id");
            var (record, _) = (model ?? SweepExecutor.RunOne)(plan, run, options.Threads, () => { }, cancel);
            using (var writer = columns.Results(stdout)) writer.Write(record);
            return ExitCodes.Ok;
        }

        string folder = Path.GetFullPath(options.Out ?? Path.Combine("out", "sweeps", shard.Count > 1 ? $"{plan.File.Name}-shard-{shard.Index}-of-{shard.Count}" : plan.File.Name));
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        if (Prepare(folder, plan, shard, options, started) is { } complete)
        {
            // A kill between manifest.json and removing the parts leaves them; the tables hold them already.
            if (Directory.Exists(Path.Combine(folder, "parts"))) Directory.Delete(Path.Combine(folder, "parts"), recursive: true);
            if (!options.Quiet) log.WriteLine($"{plan.File.Name}: {folder} already holds all {complete.Runs} runs of shard {shard}; nothing to run");
            Analyse(folder, plan, shard, options.Quiet, log); // a kill may have come before the analysis
            return ExitCodes.Ok;
        }
        var journal = new SweepJournal(folder, columns);
        var committed = journal.Committed();
        var runs = plan.Runs.Where(shard.Holds).ToList();
        var ids = runs.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        if (committed.Keys.FirstOrDefault(k => !ids.Contains(k)) is { } stranger)
            throw new BadInputException($"{folder}: holds run {stranger}, which this sweep and shard do not have; pass --force to start the folder afresh");
        var pending = runs.Where(r => !committed.ContainsKey(r.Id)).ToList();
        if (!options.Quiet)
            log.WriteLine($"{plan.File.Name}: {runs.Count} runs{(shard.Count > 1 ? $" in shard {shard} of {plan.Runs.Count}" : "")}, {committed.Count} already done, {pending.Count} to run on {options.Threads} threads");

        int ticks = pending.Count > 0 ? plan.ScenarioOf(pending[0]).Run.Ticks : 0;
        var progress = new RunProgress(options.Style ?? RunProgress.StyleFor(options.Quiet, log), log, (long)pending.Count * ticks);
        SweepExecutor.Outcome outcome = new(0, 0);
        try
        {
            await progress.Run(plan.File.Name, async () => outcome = await SweepExecutor.Run(plan, columns, pending, journal, options.Threads, progress, log, cancel, model));
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            log.WriteLine($"cancelled; {journal.Committed().Count} of {runs.Count} runs are kept in {folder}; run the same command again to finish the rest");
            return ExitCodes.Cancelled;
        }
        if (outcome.Failed > 0)
        {
            log.WriteLine($"error: {outcome.Failed} of {pending.Count} runs failed (above); the {committed.Count + outcome.Committed} that finished are kept in {folder}, and running the same command again retries the rest");
            return ExitCodes.Failure;
        }
        Finish(folder, journal, columns, plan.File.Sweep.Series.Count > 0);
        (SweepManifest.For(plan, shard, options.Threads, started) with { WallTimeSeconds = Math.Round(clock.Elapsed.TotalSeconds, 3) })
            .WriteTo(Path.Combine(folder, SweepManifest.DoneFile));
        journal.Remove();
        if (!options.Quiet) log.WriteLine($"wrote {folder}: {runs.Count} runs");
        Analyse(folder, plan, shard, options.Quiet, log);
        return ExitCodes.Ok;
    });

    /// <summary>A whole (unsharded) morris, sobol or variants sweep is analysed as it finishes, as <c>clustersim analyse</c> would.</summary>
    private static void Analyse(string folder, SweepPlan plan, SweepShard shard, bool quiet, TextWriter log)
    {
        if (shard.Count > 1 || !Sensitivity.SweepAnalysis.Applies(plan)) return;
        var written = Sensitivity.SweepAnalysis.Write(folder, plan, SweepManifest.Read(Path.Combine(folder, SweepManifest.DoneFile))!);
        if (!quiet) log.WriteLine($"wrote {string.Join(", ", written)} in {folder}");
    }

    /// <summary>This program as a command: the apphost beside the running assembly (a self-contained publish when run from one).</summary>
    private static string ThisBinary()
    {
        string apphost = Path.Combine(AppContext.BaseDirectory, "clustersim");
        return File.Exists(apphost) ? apphost : Environment.ProcessPath ?? "clustersim";
    }

    public static SweepColumns ColumnsOf(SweepPlan plan) => new(
        plan.Runs.Count > 0 ? plan.Runs[0].Point.Labels.Select(l => l.Name).ToArray() : [],
        plan.Parameters.Select(p => p.Key).ToArray(), plan.Outputs.Select(o => o.Name).ToArray());

    /// <summary>
    /// Makes <paramref name="folder"/> this sweep's and shard's: a new folder is started; one of the same sweep and shard
    /// is resumed (or, when finished, returned); anything else is refused unless --force, which empties it.
    /// </summary>
    private static SweepManifest? Prepare(string folder, SweepPlan plan, SweepShard shard, SweepOptions options, DateTime started)
    {
        string startFile = Path.Combine(folder, SweepManifest.StartFile);
        bool occupied = File.Exists(folder) || (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any());
        if (occupied)
        {
            var start = File.Exists(folder) ? null : SweepManifest.Read(startFile);
            bool same = start is not null && start.Fingerprint == plan.Fingerprint && start.ShardIndex == shard.Index && start.ShardCount == shard.Count;
            if (same && SweepManifest.Read(Path.Combine(folder, SweepManifest.DoneFile)) is { } done) return done;
            if (!same)
            {
                if (!options.Force)
                    throw new BadInputException(start is null
                        ? $"--out {folder}: already exists and is not a sweep folder; pass --force to replace it"
                        : $"--out {folder}: holds {(start.Fingerprint != plan.Fingerprint ? "another sweep (or the same file with other settings)" : $"shard {start.ShardIndex}/{start.ShardCount}")}, not shard {shard} of this one; pass --force to replace it");
                if (File.Exists(folder)) File.Delete(folder);
                else Directory.Delete(folder, recursive: true);
            }
        }
        Directory.CreateDirectory(folder);
        if (!File.Exists(startFile)) SweepManifest.For(plan, shard, options.Threads, started).WriteTo(startFile);
        return null;
    }

    /// <summary>The final tables, streamed from the parts in run order, each written durably; manifest.json follows them.</summary>
    internal static void Finish(string folder, SweepJournal journal, SweepColumns columns, bool series)
    {
        WriteResults(folder, columns, journal.Records());
        if (series) WriteSeries(folder, journal.SeriesValues());
    }

    internal static void WriteResults(string folder, SweepColumns columns, IEnumerable<SweepRecord> records)
    {
        string csv = Path.Combine(folder, "results.csv"), parquet = Path.Combine(folder, "results.parquet");
        SweepJournal.WriteDurably(csv, c => SweepJournal.WriteDurably(parquet, p =>
        {
            using var writer = columns.Results(c, p);
            foreach (var r in records) writer.Write(r);
        }));
    }

    internal static void WriteSeries(string folder, IEnumerable<SeriesValue> values)
    {
        string csv = Path.Combine(folder, "series.csv"), parquet = Path.Combine(folder, "series.parquet");
        SweepJournal.WriteDurably(csv, c => SweepJournal.WriteDurably(parquet, p =>
        {
            using var writer = SweepColumns.Series(c, p);
            foreach (var v in values) writer.Write(v);
        }));
    }
}
