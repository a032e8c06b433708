using System.CommandLine;
using System.Diagnostics;
using ClusterSim.Loader;
using ClusterSim.Runner.Checkpoints;
using ClusterSim.Runner.Comparison;
using ClusterSim.Runner.Execution;
using ClusterSim.Runner.Output;
using ClusterSim.Runner.Report;

namespace ClusterSim.Runner.Commands;

/// <summary>
/// <c>clustersim compare BASE.yaml VARIANT.yaml...</c> or <c>clustersim compare FILE.yaml</c> (a <c>compare:</c> file):
/// run the base and every variant on the same seeds (common random numbers) and write paired differences
/// with their uncertainty, plots and a report.
/// </summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "A comparison file (with a compare: section), or a base scenario followed by one or more variants.",
            Arity = ArgumentArity.OneOrMore,
        };
        var common = new SimulationOptions("Output folder (default: out/<comparison name>/run-NNN, the next free number).");
        var forkAt = new Option<int?>("--fork-at")
        {
            Description = "Run the shared history once to tick T, checkpoint it, and continue every scenario from it (overrides compare.fork_at); the scenarios may differ only in policies starting at or after T.",
        };
        var command = new Command("compare", "Compare variants with a base scenario on common random numbers: comparison tables, plots and report.html.") { files, forkAt };
        foreach (var option in common.All) command.Options.Add(option);
        command.SetAction((parse, cancel) => Execute(new CompareOptions(
            // --replications sets the comparison's replications (over compare.replications), not each scenario's.
            parse.GetValue(files)!, parse.GetValue(common.Out), parse.GetValue(common.Threads), common.Overrides(parse) with { Replications = null },
            parse.GetValue(common.Replications), !parse.GetValue(common.NoPlots), parse.GetValue(common.Force),
            parse.GetValue(common.Quiet), parse.GetValue(forkAt)), Console.Error, cancel));
        return command;
    }

    /// <param name="Files">One comparison file, or base then variants.</param>
    /// <param name="Out">The <c>--out</c> folder, or null.</param>
    /// <param name="Threads">Core budget.</param>
    /// <param name="Overrides">Scenario overrides (<c>--seed</c>, <c>--set</c>, <c>--ticks</c>) applied to every scenario.</param>
    /// <param name="Replications">The <c>--replications</c> override, or null.</param>
    /// <param name="Plots">Write plots (the report draws its own).</param>
    /// <param name="Force">Replace a non-empty <c>--out</c>.</param>
    /// <param name="Quiet">No progress on stderr.</param>
    /// <param name="ForkAt">The <c>--fork-at</c> tick, or null.</param>
    public sealed record CompareOptions(
        IReadOnlyList<string> Files, string? Out, int Threads, ScenarioOverrides Overrides, int? Replications,
        bool Plots = true, bool Force = false, bool Quiet = false, int? ForkAt = null);

    public static Task<int> Execute(CompareOptions options, TextWriter log, CancellationToken cancel) => ExitOnError.Run(log, cancel, async () =>
    {
        var plan = options.Files.Count == 1
            ? ComparisonPlan.FromFile(options.Files[0], options.Overrides, options.Replications, options.ForkAt)
            : ComparisonPlan.FromScenarios(options.Files, options.Overrides, options.Replications, options.ForkAt);
        foreach (var warning in plan.Scenarios.SelectMany(s => s.Warnings).Distinct()) log.WriteLine(warning);
        if (plan.Base.Note is { } note) log.WriteLine(note);
        var perScenario = Preflight.Require(plan.Scenarios, options.Threads)[0]; // the base's; the scenarios share their region
        if (!options.Quiet) log.WriteLine($"{plan.Name}: {plan.Variants.Count + 1} scenarios × {plan.Replications} replications on common random numbers; each {perScenario}");

        using var folder = OutputFolder.Open(options.Out, plan.Name, options.Force);
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var scenarios = plan.Scenarios.ToList();
        var outputs = scenarios.Select(s => new ScenarioOutputs(s.Scenario, f => folder.PathOf($"scenarios/{s.Scenario.Name}/{f}"), null, plan.Indicators)).ToList();
        var fork = plan.ForkAt is int at ? new SharedHistory(plan.Base.Scenario, at, folder.PathOf("fork")) : null;
        ComparisonSamples samples;
        try
        {
            samples = await Simulate(plan, options, outputs, fork, log, cancel);
        }
        finally
        {
            foreach (var o in outputs) o.Dispose();
        }

        var results = WindowComparison.All(plan, samples);
        ComparisonTables.WriteSummaries(plan.Base.Scenario.Name, results, folder.PathOf);
        ComparisonTables.WriteTicks(plan, samples, folder.PathOf);
        // Recorded where they will be once the folder is renamed into place.
        var forkCheckpoints = fork?.Checkpoints.Select(c => CheckpointReference.Of(c) with { Path = Path.Combine(folder.FinalPath, Path.GetRelativePath(folder.TempPath, c.Path)) }).ToList() ?? [];
        for (int i = 0; i < scenarios.Count; i++)
            Manifest.Create(scenarios[i], outputs[i].ResolvedYaml, options.Threads, started, clock.Elapsed.TotalSeconds, [], forkCheckpoints)
                .WriteTo(folder.PathOf($"scenarios/{scenarios[i].Scenario.Name}/manifest.json"));
        var manifest = ComparisonManifest.Create(plan, forkCheckpoints, options.Threads, started, clock.Elapsed.TotalSeconds, []);
        manifest.WriteTo(folder.PathOf("manifest.json"));
        // The report reads the tables and manifests back; a plot it cannot draw costs nothing else.
        var report = ComparisonReport.Load(folder.TempPath, folder.FinalPath);
        var missingPlots = options.Plots ? report.SavePlots(folder.PathOf, log) : [];
        if (missingPlots.Count > 0) (manifest with { MissingPlots = missingPlots }).WriteTo(folder.PathOf("manifest.json"));
        File.WriteAllText(folder.PathOf("report.html"), report.Html());
        folder.Commit();
        log.WriteLine($"wrote {folder.FinalPath}" + (missingPlots.Count == 0 ? "" : $"; {missingPlots.Count} plot(s) not drawn, every table and the manifest written"));
        return missingPlots.Count == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    });

    /// <summary>Runs every scenario's replications, writing each scenario's tables and keeping what the comparison needs.</summary>
    private static async Task<ComparisonSamples> Simulate(
        ComparisonPlan plan, CompareOptions options, IReadOnlyList<ScenarioOutputs> outputs, SharedHistory? fork, TextWriter log, CancellationToken cancel)
    {
        var samples = new ComparisonSamples(plan);
        var scenarios = plan.Scenarios.Select(s => s.Scenario).ToList();
        // A fork simulates the history once per replication instead of once per scenario.
        long ticks = SimulationDriver.TotalTicks(scenarios) - (fork is null ? 0 : (long)plan.Replications * plan.Variants.Count * fork.Tick);
        var progress = new RunProgress(RunProgress.StyleFor(options.Quiet, log), log, ticks);
        await progress.Run(plan.Name, () => SimulationDriver.Run(scenarios, options.Threads, panel: false, output =>
        {
            outputs[output.Scenario].Write(output);
            samples.Add(output.Scenario, output.Row);
        }, progress, cancel, fork is null ? null : (i, r, executor) => fork.Start(scenarios[i], i, r, executor, progress, cancel)));
        return samples;
    }
}
