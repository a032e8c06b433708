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
        var common = new SimulationOptions("Output folder (default: out/<name>/run-NNN, the next free number).");
        var panel = new Option<string?>("--panel") { Description = "Also write the firm-level panel: --panel (csv) or --panel parquet.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("run", "Run a scenario and write manifest, resolved scenario, indicators (CSV and Parquet) and plots.") { file, panel };
        foreach (var option in common.All) command.Options.Add(option);
        command.SetAction((parse, cancel) =>
        {
            var overrides = common.Overrides(parse);
            if (parse.GetValue(common.Replications) is int r) overrides.Add($"run.replications={r}");
            string? panelFormat = parse.GetResult(panel) is null ? null : parse.GetValue(panel) ?? "csv";
            var options = new RunOptions(parse.GetValue(file)!, parse.GetValue(common.Out), parse.GetValue(common.Threads), overrides,
                !parse.GetValue(common.NoPlots), parse.GetValue(common.Force), panelFormat, parse.GetValue(common.Ticks), parse.GetValue(common.Quiet));
            return Execute(options, Console.Error, cancel);
        });
        return command;
    }

    /// <param name="Panel">Panel format (<c>csv</c> or <c>parquet</c>), or null for no panel.</param>
    /// <param name="Ticks">The <c>--ticks</c> override, or null.</param>
    /// <param name="Quiet">No progress on stderr.</param>
    public sealed record RunOptions(string File, string? Out, int Threads, IReadOnlyList<string> Overrides, bool Plots, bool Force, string? Panel = null, int? Ticks = null, bool Quiet = false);

    public static Task<int> Execute(RunOptions options, TextWriter log, CancellationToken cancel) => ExitOnError.Run(log, cancel, async () =>
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
    });

    /// <summary>Loads the scenario with the overrides and <c>--ticks</c>.</summary>
    /// <returns>The scenario, and the options with <c>--ticks</c> folded into the overrides the manifest records.</returns>
    private static (LoadedScenario, RunOptions) Load(RunOptions options, TextWriter log)
    {
        var overrides = TicksOption.Fold(options.Overrides, options.Ticks, o => ScenarioLoader.Load(options.File, o).Scenario.Run.BurnInTicks, log);
        return (ScenarioLoader.Load(options.File, overrides), options with { Overrides = overrides, Ticks = null });
    }

    private static async Task Simulate(LoadedScenario loaded, RunOptions options, OutputFolder folder, TextWriter log, CancellationToken cancel)
    {
        var scenario = loaded.Scenario;
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

        if (options.Plots)
            foreach (var (name, plot) in bands.Plots(scenario)) PlotWriter.Save(plot, folder.PathOf($"plots/{name}"));
        Manifest.Create(loaded, options.Overrides, resolved, options.Threads, started, clock.Elapsed.TotalSeconds)
            .WriteTo(folder.PathOf("manifest.json"));
    }
}
