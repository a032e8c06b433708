using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;
using ClusterSim.Loader.Validation;
using ClusterSim.Runner.Comparison;
using ClusterSim.Runner.Validation;

namespace ClusterSim.Runner.Checking;

/// <summary>
/// A file that passed every check: its kind, the files read (the <c>extends</c> chains included), the resolved
/// document as YAML and as its record (<see cref="Scenario"/>, <see cref="ComparisonFile"/> or <see cref="SweepFile"/>),
/// and the scenarios it names.
/// </summary>
public sealed record CheckedFile(FileKind Kind, IReadOnlyList<ScenarioFile> Files, string Resolved, object Document, IReadOnlyList<LoadedScenario> Scenarios);

/// <summary>
/// Checks a file of any kind as the command that runs it would: a scenario is loaded; a comparison's base
/// and variants are loaded and must share region and population; a sweep's scenario is loaded at every
/// value of every swept key. Every error is collected and thrown together.
/// </summary>
public static class FileChecker
{
    /// <summary>Checks <paramref name="path"/>; <paramref name="overrides"/> apply to the scenario, or to every scenario a comparison or sweep names.</summary>
    public static CheckedFile Check(string path, ScenarioOverrides? overrides = null)
    {
        overrides ??= ScenarioOverrides.None;
        var loaded = DocumentLoader.Load(path, overrides);
        if (loaded.Scenario is { } scenario)
            return new CheckedFile(loaded.Kind, loaded.Files, ScenarioWriter.Write(scenario.Scenario), scenario.Scenario, [scenario]);
        var errors = new List<ScenarioError>();
        var files = loaded.Files.ToList();
        var scenarios = loaded.Document switch
        {
            ComparisonFile c => CheckComparison(c, path, loaded.PositionOf, overrides, errors, files),
            SweepFile => CheckSweep(path, overrides, errors, files),
            TargetsFile or FactsFile => CheckValidation(path, overrides, errors, files),
            _ => [],
        };
        if (errors.Count > 0) throw new ScenarioException(errors);
        return new CheckedFile(loaded.Kind, files.Distinct().ToList(), ScenarioWriter.Write(loaded.Document, FileKinds.DocumentType(loaded.Kind)), loaded.Document, scenarios);
    }

    /// <summary>A file a document names, relative to the document's folder.</summary>
    public static string Resolve(string documentPath, string named) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(documentPath))!, named);

    private static List<LoadedScenario> CheckComparison(ComparisonFile file, string path, Func<string, SourcePosition> at, ScenarioOverrides overrides,
        List<ScenarioError> errors, List<ScenarioFile> files)
    {
        var c = file.Compare;
        var scenarios = new List<LoadedScenario>();
        var baseScenario = LoadNamed(path, c.Base, "compare.base", at, overrides, errors, files);
        if (baseScenario is not null) scenarios.Add(baseScenario);
        if (c.Variants.Count == 0) errors.Add(new ScenarioError(at("compare.variants"), "compare.variants", "name at least one variant"));
        for (int i = 0; i < c.Variants.Count; i++)
        {
            string key = $"compare.variants[{i}]";
            var variant = LoadNamed(path, c.Variants[i], key, at, overrides, errors, files);
            if (variant is null || baseScenario is null) continue;
            scenarios.Add(variant);
            errors.AddRange(ComparisonPlan.Mismatches(baseScenario, variant, at(key), key));
            if (c.ForkAt is int fork && ComparisonPlan.FirstDifferenceBefore(baseScenario.Scenario, variant.Scenario, fork) is { } first)
                errors.Add(new ScenarioError(variant.PositionOf(first), first,
                    $"compare.fork_at {fork}: variant '{variant.Scenario.Name}' differs from the base here, which acts before the fork; a fork needs scenarios equal except for policies that start at or after tick {fork}"));
        }
        if (baseScenario is not null)
            errors.AddRange(ComparisonPlan.UnknownIndicators(scenarios, c.Indicators, i => at($"compare.indicators[{i}]")));
        return scenarios;
    }

    /// <summary>A validation or fact file: every scenario and condition it names loaded, every statistic checked, as <c>validate</c> would.</summary>
    private static List<LoadedScenario> CheckValidation(string path, ScenarioOverrides overrides, List<ScenarioError> errors, List<ScenarioFile> files)
    {
        try
        {
            var plan = ValidationPlan.Build([path], Path.GetDirectoryName(Path.GetFullPath(path))!, overrides.Set, overrides.Replications, []);
            files.AddRange(plan.Files);
            return [.. plan.Scenarios.Values];
        }
        catch (ScenarioException e)
        {
            errors.AddRange(e.Errors);
            return [];
        }
    }

    /// <summary>A sweep file: its design, outputs, contexts and variants checked, and each key loaded at its extremes, as <c>sweep</c> would.</summary>
    private static List<LoadedScenario> CheckSweep(string path, ScenarioOverrides overrides, List<ScenarioError> errors, List<ScenarioFile> files)
    {
        try
        {
            var plan = Sweeps.SweepPlan.Load(path, overrides.Set);
            files.AddRange(plan.Bases.SelectMany(b => b.Files));
            return [.. plan.Bases];
        }
        catch (ScenarioException e)
        {
            errors.AddRange(e.Errors);
            return [];
        }
    }

    private static LoadedScenario? LoadNamed(string path, string named, string key, Func<string, SourcePosition> at, ScenarioOverrides overrides,
        List<ScenarioError> errors, List<ScenarioFile> files)
    {
        string full = Resolve(path, named);
        if (!File.Exists(full))
        {
            errors.Add(new ScenarioError(at(key), key, $"'{named}' does not exist (looked for {full})"));
            return null;
        }
        try
        {
            var loaded = ScenarioLoader.Load(full, overrides);
            files.AddRange(loaded.Files);
            return loaded;
        }
        catch (ScenarioException e)
        {
            errors.AddRange(e.Errors);
            return null;
        }
    }
}
