using System.Diagnostics;
using ClusterSim.Engine.Execution;
using ClusterSim.Loader;
using ClusterSim.Runner.Checkpoints;
using ClusterSim.Runner.Execution;
using ClusterSim.Runner.Output;
using ClusterSim.Runner.Tables;
using Simulation = ClusterSim.Engine.Model.Simulation;

namespace ClusterSim.Runner.Commands;

/// <summary>What a scenario run into an output folder was asked for (<c>run</c> and <c>resume</c>).</summary>
/// <param name="Overrides">What the command line changes in the scenario.</param>
/// <param name="Panel">Panel format (<c>csv</c> or <c>parquet</c>), or null for no panel.</param>
/// <param name="Quiet">No progress on stderr.</param>
/// <param name="CheckpointEvery">Write a checkpoint every this many ticks of each replication, or null.</param>
/// <param name="CheckpointFolder">Where checkpoints go (default: the output folder's name with <c>.checkpoints</c>).</param>
public sealed record RunOptions(string File, string? Out, int Threads, ScenarioOverrides Overrides, bool Plots, bool Force, string? Panel = null,
    bool Quiet = false, int? CheckpointEvery = null, string? CheckpointFolder = null);

/// <summary>
/// A scenario run into a new output folder, from the start or from a checkpoint: the service <c>run</c> and
/// <c>resume</c> share (pre-flight, output and checkpoint folders, the replications, plots and manifest).
/// </summary>
internal static class ScenarioRun
{
    public static RunOptions Validate(RunOptions options)
    {
        if (options.Panel is not null && !PanelTable.Formats.Contains(options.Panel))
            throw new BadInputException($"--panel {options.Panel}: the panel formats are: {string.Join(", ", PanelTable.Formats)}");
        if (options.CheckpointEvery is < 1) throw new BadInputException($"--checkpoint-every {options.CheckpointEvery}: must be at least 1 tick");
        if (options.CheckpointFolder is not null && options.CheckpointEvery is null)
            throw new BadInputException("--checkpoint-dir: give --checkpoint-every N as well");
        return options;
    }

    /// <summary>Runs a loaded scenario from the start, or from <paramref name="resume"/>, into a new output folder.</summary>
    /// <param name="loaded">The scenario with its overrides applied, and the files it came from.</param>
    /// <param name="options">Validated options.</param>
    /// <param name="resume">A checkpoint of this scenario to continue from, or null.</param>
    /// <param name="log">Where progress and messages go.</param>
    /// <param name="cancel">Stops between ticks; the output folder is then removed.</param>
    public static async Task<int> Run(LoadedScenario loaded, RunOptions options, CheckpointFile? resume, TextWriter log, CancellationToken cancel)
    {
        var estimate = Preflight.Require([loaded], options.Threads)[0];
        if (!options.Quiet) log.WriteLine($"{(resume is null ? options.File : resume.Path)}: {estimate}");
        using var folder = OutputFolder.Open(options.Out, loaded.Scenario.Name, options.Force);
        string? checkpoints = options.CheckpointEvery is null ? null
            : CheckpointFolder.Open(options.CheckpointFolder ?? folder.FinalPath + ".checkpoints", options.Force);
        IReadOnlyList<string> missingPlots;
        try
        {
            missingPlots = await Simulate(loaded, options, folder, checkpoints, resume, log, cancel);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested && checkpoints is not null && Directory.EnumerateFiles(checkpoints, "*.ckpt").Any())
        {
            log.WriteLine($"checkpoints kept in {checkpoints}; continue the run with: clustersim resume {checkpoints}");
            throw;
        }
        folder.Commit();
        log.WriteLine($"wrote {folder.FinalPath}" + (checkpoints is null ? "" : $"; checkpoints in {checkpoints}")
                      + (missingPlots.Count == 0 ? "" : $"; {missingPlots.Count} plot(s) not drawn, every table and the manifest written"));
        return missingPlots.Count == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }

    /// <returns>The plots that could not be drawn (the tables and manifest are written whatever happens to plots).</returns>
    private static async Task<IReadOnlyList<string>> Simulate(LoadedScenario loaded, RunOptions options, OutputFolder folder, string? checkpoints, CheckpointFile? resume, TextWriter log, CancellationToken cancel)
    {
        var scenario = loaded.Scenario;
        var run = scenario.Run;
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        long done = resume is null ? 0 : (long)resume.Contents.Replication * run.Ticks + resume.Contents.Tick;
        var progress = new RunProgress(RunProgress.StyleFor(options.Quiet, log), log, SimulationDriver.TotalTicks([scenario]) - done);
        var checkpointed = new CheckpointedRun(loaded.Files, loaded.Overrides, options.Plots, options.Panel);
        Start StartAt(int i, int r, ChunkedExecutor executor) =>
            resume is null || r > resume.Contents.Replication ? new Start(new Simulation(scenario, r, executor), [])
            : r < resume.Contents.Replication ? new Start(null, [])
            : new Start(resume.Restore(scenario, executor), CheckpointedRun.History(resume, 0));
        void AfterTick(int i, Simulation simulation, IReadOnlyList<TickOutput> history)
        {
            int tick = simulation.Tick;
            if (checkpoints is not null && tick % options.CheckpointEvery!.Value == 0 && tick < run.Ticks)
                checkpointed.Write(checkpoints, simulation, history);
        }
        string resolved;
        IndicatorBands bands;
        using (var outputs = new ScenarioOutputs(scenario, folder.PathOf, options.Panel, scenario.Outputs.Plots))
        {
            await progress.Run(scenario.Name, () => SimulationDriver.Run([scenario], options.Threads, options.Panel is not null, outputs.Write, progress, cancel,
                StartAt, checkpoints is null ? null : AfterTick));
            resolved = outputs.ResolvedYaml;
            bands = outputs.Bands;
        }

        var missingPlots = options.Plots ? PlotWriter.SaveAll(bands.Plots(scenario), folder.PathOf, log) : [];
        Manifest.Create(loaded, resolved, options.Threads, started, clock.Elapsed.TotalSeconds, missingPlots, resume is null ? [] : [CheckpointReference.Of(resume)])
            .WriteTo(folder.PathOf("manifest.json"));
        return missingPlots;
    }
}
