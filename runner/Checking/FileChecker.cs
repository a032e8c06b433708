using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;
using ClusterSim.Runner.Comparison;

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
    public static CheckedFile Check(string path, IReadOnlyList<string>? overrides = null)
    {
        var errors = new List<ScenarioError>();
        var files = new List<ScenarioFile>();
        var root = ScenarioFileReader.Read(path, errors, files);
        var kind = root is YamlMapping map ? FileKinds.Of(map) : FileKind.Scenario;
        if (kind == FileKind.Scenario)
        {
            var (scenario, positions) = ScenarioLoader.Build(root, overrides, errors);
            return new CheckedFile(kind, files, ScenarioWriter.Write(scenario, typeof(Scenario)), scenario, [new LoadedScenario(scenario, files, positions)]);
        }
        if (overrides is { Count: > 0 })
            errors.Add(new ScenarioError(root!.Position, "", $"--set applies to scenarios; a {FileKinds.Name(kind)} file names the scenarios it runs"));
        var binder = new ScenarioBinder(errors);
        var document = binder.Bind(FileKinds.DocumentType(kind), root!, "");
        SourcePosition Pos(string key) => binder.Positions.TryGetValue(key, out var p) ? p : root!.Position;
        var scenarios = document switch
        {
            ComparisonFile c when errors.Count == 0 => CheckComparison(c, path, Pos, errors, files),
            SweepFile s when errors.Count == 0 => CheckSweep(s, path, Pos, errors, files),
            _ => [],
        };
        if (errors.Count > 0) throw new ScenarioException(errors);
        return new CheckedFile(kind, files.Distinct().ToList(), ScenarioWriter.Write(document!, FileKinds.DocumentType(kind)), document!, scenarios);
    }

    /// <summary>A file a document names, relative to the document's folder.</summary>
    public static string Resolve(string documentPath, string named) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(documentPath))!, named);

    private static List<LoadedScenario> CheckComparison(ComparisonFile file, string path, Func<string, SourcePosition> at, List<ScenarioError> errors, List<ScenarioFile> files)
    {
        var c = file.Compare;
        var scenarios = new List<LoadedScenario>();
        var baseScenario = LoadNamed(path, c.Base, "compare.base", at, errors, files);
        if (baseScenario is not null) scenarios.Add(baseScenario);
        if (c.Variants.Count == 0) errors.Add(new ScenarioError(at("compare.variants"), "compare.variants", "name at least one variant"));
        for (int i = 0; i < c.Variants.Count; i++)
        {
            string key = $"compare.variants[{i}]";
            var variant = LoadNamed(path, c.Variants[i], key, at, errors, files);
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

    private static List<LoadedScenario> CheckSweep(SweepFile file, string path, Func<string, SourcePosition> at, List<ScenarioError> errors, List<ScenarioFile> files)
    {
        var s = file.Sweep;
        var scenario = LoadNamed(path, s.Scenario, "sweep.scenario", at, errors, files);
        if (scenario is null) return [];
        if (s.Parameters.Count == 0) errors.Add(new ScenarioError(at("sweep.parameters"), "sweep.parameters", "name at least one key to vary"));
        for (int i = 0; i < s.Parameters.Count; i++)
        {
            var parameter = s.Parameters[i];
            string key = $"sweep.parameters[{i}]";
            if (parameter.Values.Count == 0) errors.Add(new ScenarioError(at(key + ".values"), key + ".values", "give at least one value"));
            for (int j = 0; j < parameter.Values.Count; j++)
            {
                try
                {
                    ScenarioLoader.Load(Resolve(path, s.Scenario), [$"{parameter.Key}={parameter.Values[j].ToString("R", System.Globalization.CultureInfo.InvariantCulture)}"]);
                }
                catch (ScenarioException e)
                {
                    // Point at the sweep entry, not at the --set the check made of it.
                    foreach (var error in e.Errors)
                        errors.Add(new ScenarioError(at($"{key}.values[{j}]"), $"{key}.values[{j}]", $"{parameter.Key} = {parameter.Values[j]}: {error.Message}"));
                }
            }
        }
        return [scenario];
    }

    private static LoadedScenario? LoadNamed(string path, string named, string key, Func<string, SourcePosition> at, List<ScenarioError> errors, List<ScenarioFile> files)
    {
        string full = Resolve(path, named);
        if (!File.Exists(full))
        {
            errors.Add(new ScenarioError(at(key), key, $"'{named}' does not exist (looked for {full})"));
            return null;
        }
        try
        {
            var loaded = ScenarioLoader.Load(full);
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
