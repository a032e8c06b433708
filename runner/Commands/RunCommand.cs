using System.CommandLine;
using ClusterSim.Loader;

namespace ClusterSim.Runner.Commands;

/// <summary><c>clustersim run FILE.yaml</c>: simulate every replication of a scenario and write its outputs.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Scenario YAML file." };
        var common = new SimulationOptions("Output folder (default: out/<name>/run-NNN, the next free number).");
        var panel = PanelOption();
        var checkpoints = new CheckpointOptions();
        var command = new Command("run", "Run a scenario and write manifest, resolved scenario, indicators (CSV and Parquet) and plots. The folder appears only when complete: a cancelled or failed run keeps none of its replications, unless --checkpoint-every wrote checkpoints to resume from.") { file, panel };
        foreach (var option in common.All.Concat(checkpoints.All)) command.Options.Add(option);
        command.SetAction((parse, cancel) =>
        {
            var options = new RunOptions(parse.GetValue(file)!, parse.GetValue(common.Out), parse.GetValue(common.Threads), common.Overrides(parse),
                !parse.GetValue(common.NoPlots), parse.GetValue(common.Force), PanelFormat(parse, panel), parse.GetValue(common.Quiet),
                parse.GetValue(checkpoints.Every), parse.GetValue(checkpoints.Folder));
            return Execute(options, Console.Error, cancel);
        });
        return command;
    }

    internal static Option<string?> PanelOption() =>
        new("--panel") { Description = "Also write the firm-level panel: --panel (csv) or --panel parquet.", Arity = ArgumentArity.ZeroOrOne };

    internal static string? PanelFormat(ParseResult parse, Option<string?> panel) =>
        parse.GetResult(panel) is null ? null : parse.GetValue(panel) ?? "csv";

    public static Task<int> Execute(RunOptions options, TextWriter log, CancellationToken cancel) => ExitOnError.Run(log, cancel, async () =>
    {
        options = ScenarioRun.Validate(options);
        var loaded = ScenarioLoader.Load(options.File, options.Overrides);
        foreach (var warning in loaded.Warnings) log.WriteLine(warning);
        if (loaded.Note is { } note) log.WriteLine(note);
        return await ScenarioRun.Run(loaded, options, null, log, cancel);
    });
}
