using ClusterSim.Loader;

namespace ClusterSim.Runner.Validation;

/// <summary>
/// What <c>clustersim validate</c> will run: every target and fact of the files given (or of the library) in every
/// region it names, each scenario loaded with its overrides and checked before anything runs, so bad input fails
/// at once with the file, line and key.
/// </summary>
/// <param name="Checks">The scorecard's rows, in file order.</param>
/// <param name="Files">Every file read.</param>
/// <param name="Overrides">The <c>--set</c> overrides applied to every scenario.</param>
/// <param name="Scenarios">Each condition's scenario, loaded with its overrides, by <see cref="ArmKey.Id"/>.</param>
public sealed record ValidationPlan(IReadOnlyList<ValidationCheck> Checks, IReadOnlyList<ScenarioFile> Files, IReadOnlyList<string> Overrides,
    IReadOnlyDictionary<string, LoadedScenario> Scenarios)
{
    /// <summary>The distinct conditions to simulate, in first-use order.</summary>
    public IReadOnlyList<ArmKey> Arms => Checks.SelectMany(c => c.Requests).Select(r => r.Arm).DistinctBy(a => a.Id).ToList();

    /// <summary>Ticks the plan simulates in all.</summary>
    public long TotalTicks => Arms.Sum(a => (long)Scenarios[a.Id].Scenario.Run.Ticks * Scenarios[a.Id].Scenario.Run.Replications);

    /// <summary>Top-level sections that mark validation and fact files (checked like the YAML's first column).</summary>
    private static readonly string[] Markers = [FileKinds.Section(FileKind.Targets) + ":", FileKinds.Section(FileKind.Facts) + ":"];

    /// <summary>The validation and fact files under <paramref name="library"/>, sorted.</summary>
    public static IReadOnlyList<string> LibraryFiles(string library) =>
        Directory.EnumerateFiles(library, "*.yaml", SearchOption.AllDirectories)
            .Where(f => File.ReadLines(f).Any(line => Markers.Any(line.StartsWith)))
            .Order(StringComparer.Ordinal).ToList();

    /// <param name="paths">Validation or fact files, or scenario files (every library target and fact naming them); empty for the whole library.</param>
    /// <param name="library">The scenario library (for scenario files and the default).</param>
    /// <param name="set">Overrides applied to every scenario.</param>
    /// <param name="replications">Replications of every condition, or null for the files'.</param>
    /// <param name="only">Ids (E1, SF15, soft_landing, or id/part) to keep; empty for all.</param>
    public static ValidationPlan Build(IReadOnlyList<string> paths, string library, IReadOnlyList<string> set, int? replications, IReadOnlyList<string> only)
    {
        var errors = new List<ScenarioError>();
        var files = new List<ScenarioFile>();
        var documents = new List<string>();
        var regions = new List<string>();
        foreach (var path in paths)
        {
            var kind = KindOf(path, errors);
            if (kind is FileKind.Targets or FileKind.Facts) documents.Add(path);
            else if (kind == FileKind.Scenario) regions.Add(Path.GetFullPath(path));
        }
        if (paths.Count == 0 || regions.Count > 0)
        {
            if (!Directory.Exists(library))
                throw new ScenarioException([new ScenarioError(new SourcePosition(library, 1, 1), "", "the scenario library is not here; run validate from the project folder or name the validation files")]);
            documents.AddRange(LibraryFiles(library));
        }
        var builder = new ValidationPlanBuilder(library, set, replications, errors, files);
        foreach (var path in documents.Distinct()) builder.Add(path);
        var checks = builder.Checks;
        if (regions.Count > 0) checks = checks.Where(c => c.Requests.Any(r => regions.Contains(r.Arm.File)) || builder.RegionFiles[c].Intersect(regions).Any()).ToList();
        if (only.Count > 0)
        {
            foreach (var id in only.Where(id => !checks.Any(c => Matches(c, id))))
                errors.Add(new ScenarioError(new SourcePosition("--only", 1, 1), "--only", $"'{id}' names no target or fact of the files validated"));
            checks = checks.Where(c => only.Any(id => Matches(c, id))).ToList();
        }
        if (errors.Count > 0) throw new ScenarioException(errors);
        return new ValidationPlan(checks, files.DistinctBy(f => f.Path).ToList(), set, builder.Loaded);
    }

    private static bool Matches(ValidationCheck check, string id) => check.Id == id || check.Id.StartsWith(id + "/", StringComparison.Ordinal);

    private static FileKind? KindOf(string path, List<ScenarioError> errors)
    {
        try
        {
            return DocumentLoader.Load(path, ScenarioOverrides.None).Kind;
        }
        catch (ScenarioException e)
        {
            errors.AddRange(e.Errors);
            return null;
        }
    }
}
