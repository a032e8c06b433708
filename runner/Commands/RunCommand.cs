using System.CommandLine;
using System.Diagnostics;
using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Runner.Execution;
using ClusterSim.Runner.Output;
using ClusterSim.Runner.Tables;
using Simulation = ClusterSim.Engine.Core.Simulation;

namespace ClusterSim.Runner.Commands;

/// <summary><c>clustersim run FILE.yaml</c>: simulate every replication of a scenario and write its outputs.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Scenario YAML file." };
        var outDir = new Option<string?>("--out") { Description = "Output folder (default: out/<name>/run-NNN, the next free number)." };
        var seed = new Option<long?>("--seed") { Description = "Run seed (overrides run.seed); replication r uses seed + r." };
        var threads = new Option<int>("--threads") { Description = "Total core budget.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var replications = new Option<int?>("--replications") { Description = "Replications (overrides run.replications)." };
        var ticks = new Option<int?>("--ticks") { Description = "Monthly ticks (overrides run.ticks); a burn-in as long as the run is shortened to leave one written tick." };
        var set = new Option<string[]>("--set") { Description = "Override a scenario key: --set key.path=value (repeatable).", AllowMultipleArgumentsPerToken = false };
        var noPlots = new Option<bool>("--no-plots") { Description = "Do not write plots." };
        var force = new Option<bool>("--force") { Description = "Replace a non-empty --out folder." };
        var panel = new Option<string?>("--panel") { Description = "Also write the firm-level panel: --panel (csv) or --panel parquet.", Arity = ArgumentArity.ZeroOrOne };
        var quiet = new Option<bool>("--quiet") { Description = "No progress on stderr (errors and the final line only)." };

        var command = new Command("run", "Run a scenario and write manifest, resolved scenario, indicators and plots.")
        {
            file, outDir, seed, threads, replications, ticks, set, noPlots, force, panel, quiet,
        };
        command.SetAction((parse, cancel) =>
        {
            var overrides = new List<string>();
            if (parse.GetValue(seed) is long s) overrides.Add($"run.seed={s}");
            if (parse.GetValue(replications) is int r) overrides.Add($"run.replications={r}");
            overrides.AddRange(parse.GetValue(set) ?? []);
            string? panelFormat = parse.GetResult(panel) is null ? null : parse.GetValue(panel) ?? "csv";
            var options = new RunOptions(parse.GetValue(file)!, parse.GetValue(outDir), parse.GetValue(threads), overrides,
                !parse.GetValue(noPlots), parse.GetValue(force), panelFormat, parse.GetValue(ticks), parse.GetValue(quiet));
            return Execute(options, Console.Error, cancel);
        });
        return command;
    }

    /// <param name="Panel">Panel format (<c>csv</c> or <c>parquet</c>), or null for no panel.</param>
    /// <param name="Ticks">The <c>--ticks</c> override, or null.</param>
    /// <param name="Quiet">No progress on stderr.</param>
    public sealed record RunOptions(string File, string? Out, int Threads, IReadOnlyList<string> Overrides, bool Plots, bool Force, string? Panel = null, int? Ticks = null, bool Quiet = false);

    public static async Task<int> Execute(RunOptions options, TextWriter log, CancellationToken cancel)
    {
        try
        {
            if (options.Threads < 1) throw new BadInputException($"--threads {options.Threads}: must be at least 1");
            if (options.Panel is not null && !PanelTable.Formats.Contains(options.Panel))
                throw new BadInputException($"--panel {options.Panel}: the panel formats are: {string.Join(", ", PanelTable.Formats)}");
            (var loaded, options) = Load(options, log);
            if (CheckCommand.Refusal(loaded, options.Threads) is { } refusal) throw new ScenarioException([refusal]);
            log.WriteLine($"{options.File}: {Preflight.Estimate(loaded.Scenario, options.Threads)}");
            using var folder = OutputFolder.Open(options.Out, loaded.Scenario.Name, options.Force);
            await Simulate(loaded, options, folder, log, cancel);
            folder.Commit();
            log.WriteLine($"wrote {folder.FinalPath}");
            return ExitCodes.Ok;
        }
        catch (ScenarioException e)
        {
            foreach (var error in e.Errors) log.WriteLine(error);
            return ExitCodes.BadInput;
        }
        catch (BadInputException e)
        {
            log.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            log.WriteLine("cancelled; no output was kept");
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>
    /// Loads the scenario with the overrides. <c>--ticks</c> is a quick look at a scenario, so a burn-in it would
    /// swallow is shortened to leave one written tick, and the log says so.
    /// </summary>
    /// <returns>The scenario, and the options with <c>--ticks</c> folded into the overrides the manifest records.</returns>
    private static (LoadedScenario, RunOptions) Load(RunOptions options, TextWriter log)
    {
        if (options.Ticks is not int ticks) return (ScenarioLoader.Load(options.File, options.Overrides), options);
        var overrides = options.Overrides.Append($"run.ticks={ticks}").ToList();
        int burnIn = ScenarioLoader.Load(options.File, options.Overrides).Scenario.Run.BurnInTicks;
        if (ticks >= 1 && burnIn >= ticks)
        {
            overrides.Add($"run.burn_in_ticks={ticks - 1}");
            log.WriteLine($"note: --ticks {ticks} is within the scenario's burn-in of {burnIn} ticks; burn-in shortened to {ticks - 1}");
        }
        return (ScenarioLoader.Load(options.File, overrides), options with { Overrides = overrides, Ticks = null });
    }

    private static async Task Simulate(LoadedScenario loaded, RunOptions options, OutputFolder folder, TextWriter log, CancellationToken cancel)
    {
        var scenario = loaded.Scenario;
        var run = scenario.Run;
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var progress = new RunProgress(RunProgress.StyleFor(options.Quiet, log), log, SimulationDriver.TotalTicks([scenario]));
        string resolved;
        IndicatorBands bands;
        using (var outputs = new ScenarioOutputs(scenario, folder.PathOf, options.Panel, scenario.Outputs.Plots))
        {
            await progress.Run(scenario.Name, () => SimulationDriver.Run([scenario], options.Threads, options.Panel is not null, outputs.Write, progress, cancel));
            resolved = outputs.ResolvedYaml;
            bands = outputs.Bands;
        }

        if (options.Plots) PlotWriter.Write(bands, scenario.Name, run.Start, run.Replications, folder.PathOf);
        Manifest.Create(loaded, options.Overrides, resolved, options.Threads, started, clock.Elapsed.TotalSeconds)
            .WriteTo(folder.PathOf("manifest.json"));
    }
}
