using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Loader;

/// <summary>
/// A file of any kind, read once (its <c>extends</c> chain included) and bound to its record: a
/// <see cref="Scenario"/>, a <see cref="ComparisonFile"/> or a <see cref="SweepFile"/>.
/// </summary>
/// <param name="Kind">What the file is, by its top-level section.</param>
/// <param name="Files">Every file read.</param>
/// <param name="Document">The bound record.</param>
/// <param name="Positions">Where each key path was written.</param>
/// <param name="Root">The top of the file, where errors about the whole file point.</param>
public sealed record LoadedDocument(FileKind Kind, IReadOnlyList<ScenarioFile> Files, object Document, IReadOnlyDictionary<string, SourcePosition> Positions, SourcePosition Root)
{
    /// <summary>The scenario with its overrides applied, when the file is a scenario; else null.</summary>
    public LoadedScenario? Scenario { get; init; }

    /// <summary>Where <paramref name="keyPath"/> was written, or the top of the file.</summary>
    public SourcePosition PositionOf(string keyPath) => Positions.TryGetValue(keyPath, out var p) ? p : Root;
}

/// <summary>Reads a file whose kind is not known in advance, as <c>check</c> and <c>compare</c> take them.</summary>
public static class DocumentLoader
{
    /// <summary>
    /// Reads and binds <paramref name="path"/>. A scenario gets <paramref name="overrides"/> applied and is validated;
    /// a comparison or sweep file is bound only: the scenarios it names are the caller's to load, with the overrides.
    /// Every error is thrown together as a <see cref="ScenarioException"/>.
    /// </summary>
    public static LoadedDocument Load(string path, ScenarioOverrides overrides)
    {
        var errors = new List<ScenarioError>();
        var files = new List<ScenarioFile>();
        var root = ScenarioFileReader.Read(path, errors, files);
        var kind = root is YamlMapping map ? FileKinds.Of(map) : FileKind.Scenario;
        if (kind == FileKind.Scenario)
        {
            var scenario = ScenarioLoader.Build(root, overrides, errors) with { Files = files };
            return new LoadedDocument(kind, files, scenario.Scenario, scenario.Positions, root!.Position) { Scenario = scenario };
        }
        var binder = new ScenarioBinder(errors);
        var document = binder.Bind(FileKinds.DocumentType(kind), root!, "");
        string? name = document switch { ComparisonFile c => c.Name, SweepFile s => s.Name, Validation.TargetsFile t => t.Name, Validation.FactsFile f => f.Name, _ => null };
        if (name is not null && FileNames.Problem(name) is { } problem)
            errors.Add(new ScenarioError(binder.Positions.TryGetValue("name", out var at) ? at : root!.Position, "name", problem));
        if (errors.Count > 0 || document is null) throw new ScenarioException(errors);
        return new LoadedDocument(kind, files, document, binder.Positions, root!.Position);
    }
}
