using System.CommandLine;
using System.Diagnostics;
using ClusterSim.Runner.Execution;
using ClusterSim.Runner.Output;
using ClusterSim.Runner.Report;
using ClusterSim.Runner.Validation;

namespace ClusterSim.Runner.Commands;

/// <summary>
/// <c>clustersim validate [FILE...]</c>: the model's scorecard. Runs every empirical target and stylised fact of the
/// files given (validation files, fact files, or scenario files: then every library target and fact naming them;
/// by default the whole library) and writes validation.csv, validation.parquet, validation.html and a manifest.
/// Exit 0 when it ran, whatever the verdicts; with <c>--strict</c>, 1 on any miss.
/// </summary>
public static class ValidateCommand
{
    /// <summary>Where the library is looked for when no validation file is named: scenarios/ under the current folder.</summary>
    public const string Library = "scenarios";

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Validation files (targets:), fact files (facts:) or scenario files (every library target and fact that names them); none: the whole library under ./scenarios.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new OutputOptions("Output folder (default: out/validation/run-NNN, the next free number).");
        var set = SharedOptions.Set("Override a key of every scenario validated: --set key.path=value (repeatable; recorded in the manifest).");
        var replications = new Option<int?>("--replications") { Description = "Replications of every condition (overrides the files'; at least 2)." };
        var only = new Option<string[]>("--only") { Description = "Validate only these targets and facts: ids such as E1,SF15,soft_landing or id/part (comma-separated, repeatable)." };
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when any target or fact misses." };
        var command = new Command("validate", "Score the model against the empirical targets and the seeds' stylised facts: validation.csv, .parquet and validation.html.")
            { files, set, replications, only, strict };
        foreach (var option in output.All) command.Options.Add(option);
        command.SetAction((parse, cancel) => Execute(new ValidateOptions(
            parse.GetValue(files) ?? [], parse.GetValue(output.Out), parse.GetValue(output.Threads), parse.GetValue(set) ?? [],
            parse.GetValue(replications), (parse.GetValue(only) ?? []).SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
            parse.GetValue(strict), parse.GetValue(output.Force), parse.GetValue(output.Quiet)), Console.Error, cancel));
        return command;
    }

    /// <param name="Files">Validation, fact or scenario files; empty for the library.</param>
    /// <param name="Out">The <c>--out</c> folder, or null.</param>
    /// <param name="Threads">Core budget.</param>
    /// <param name="Set">Overrides of every scenario.</param>
    /// <param name="Replications">The <c>--replications</c> override, or null.</param>
    /// <param name="Only">Ids to keep; empty for all.</param>
    /// <param name="Strict">Exit 1 on any miss.</param>
    /// <param name="Force">Replace a non-empty <c>--out</c>.</param>
    /// <param name="Quiet">No progress on stderr.</param>
    /// <param name="LibraryPath">The scenario library (tests point it elsewhere).</param>
    public sealed record ValidateOptions(
        IReadOnlyList<string> Files, string? Out, int Threads, IReadOnlyList<string> Set, int? Replications, IReadOnlyList<string> Only,
        bool Strict = false, bool Force = false, bool Quiet = false, string LibraryPath = Library);

    public static Task<int> Execute(ValidateOptions options, TextWriter log, CancellationToken cancel) => ExitOnError.Run(log, cancel, async () =>
    {
        if (options.Replications is < 2) throw new BadInputException($"--replications {options.Replications}: a validation needs at least 2 replications for its intervals");
        var plan = ValidationPlan.Build(options.Files, Path.GetFullPath(options.LibraryPath), options.Set, options.Replications, options.Only);
        foreach (var warning in plan.Scenarios.Values.SelectMany(s => s.Warnings).Select(w => w.ToString()).Distinct()) log.WriteLine(warning);
        if (!options.Quiet)
            log.WriteLine($"validate: {plan.Checks.Count} targets and facts, {plan.Arms.Count} conditions to simulate, {plan.TotalTicks:N0} replication-ticks");

        using var folder = OutputFolder.Open(options.Out, "validation", options.Force);
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var progress = new RunProgress(RunProgress.StyleFor(options.Quiet, log), log, Math.Max(1, plan.TotalTicks));
        var (results, timings, figures) = await ValidationRunner.Run(plan, options.Threads, progress, cancel);
        ScorecardTable.Write(results, folder.PathOf);
        var manifest = ValidationManifest.Create(plan, options.Replications, options.Only, results, timings, options.Threads, started, clock.Elapsed.TotalSeconds);
        manifest.WriteTo(folder.PathOf("manifest.json"));
        File.WriteAllText(folder.PathOf("validation.html"), ValidationReport.Html(results, figures, manifest, Provenance.ReadManifest(folder.TempPath), folder.FinalPath));
        folder.Commit();
        int misses = results.Count(r => r.Outcome.Verdict == Verdict.Miss);
        log.WriteLine($"wrote {folder.FinalPath}: " + string.Join(", ", manifest.Verdicts.Select(v => $"{v.Value} {v.Key.Replace('_', ' ')}")));
        return options.Strict && misses > 0 ? ExitCodes.Failure : ExitCodes.Ok;
    });
}
