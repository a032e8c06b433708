using ClusterSim.Engine.Policies;

using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Loader;

/// <summary>A scenario file that was read, with the SHA-256 of its bytes for the manifest.</summary>
public sealed record ScenarioFile(string Path, string Sha256);

/// <summary>A validated scenario, the files it was read from and where each key path was written.</summary>
public sealed record LoadedScenario(Scenario Scenario, IReadOnlyList<ScenarioFile> Files, IReadOnlyDictionary<string, SourcePosition> Positions)
{
    /// <summary>The overrides applied, as <c>key.path=value</c> in the order applied: what a manifest or checkpoint records.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>Settings that are valid but cannot act as written, each with its position, for the log.</summary>
    public IReadOnlyList<ScenarioError> Warnings { get; init; } = [];

    /// <summary>What loading changed that the user did not write (a burn-in shortened by <c>--ticks</c>), for the log; or null.</summary>
    public string? Note { get; init; }

    /// <summary>Where <paramref name="keyPath"/> was written, or the top of the file when it was not.</summary>
    public SourcePosition PositionOf(string keyPath) =>
        Positions.TryGetValue(keyPath, out var p) ? p : new SourcePosition(Files.Count > 0 ? Files[0].Path : "", 1, 1);
}

/// <summary>
/// YAML file + command-line overrides → validated, immutable <see cref="Scenario"/>. Every error of the
/// file and the overrides is collected and thrown together as a <see cref="ScenarioException"/>.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Reads <paramref name="path"/> (and its <c>extends</c> chain) once, applies the overrides and validates.</summary>
    public static LoadedScenario Load(string path, ScenarioOverrides overrides)
    {
        var errors = new List<ScenarioError>();
        var files = new List<ScenarioFile>();
        var root = ScenarioFileReader.Read(path, errors, files);
        return Build(root, overrides, errors) with { Files = files };
    }

    /// <inheritdoc cref="Load(string, ScenarioOverrides)"/>
    /// <param name="path">The scenario file.</param>
    /// <param name="overrides"><c>key.path=value</c> assignments, as <c>--set</c> takes them.</param>
    public static LoadedScenario Load(string path, IReadOnlyList<string>? overrides = null) => Load(path, new ScenarioOverrides(overrides ?? []));

    /// <summary>A scenario from text (no <c>extends</c>: a base is found relative to a file).</summary>
    public static Scenario Parse(string text, string source, IReadOnlyList<string>? overrides = null)
    {
        var errors = new List<ScenarioError>();
        var root = ScenarioFileReader.ReadTree(text, source, errors);
        if (root is YamlMapping map && map.Find(ScenarioFileReader.ExtendsKey) is { } extends)
            errors.Add(new ScenarioError(extends.Position, ScenarioFileReader.ExtendsKey, "a scenario given as text cannot extend a file; load it from a file"));
        return Build(root, new ScenarioOverrides(overrides ?? []), errors).Scenario;
    }

    /// <summary>Binds and validates a merged tree; throws every error found, including those already in <paramref name="errors"/>.</summary>
    internal static LoadedScenario Build(YamlNode? root, ScenarioOverrides overrides, List<ScenarioError> errors)
    {
        var applied = new List<string>();
        if (root is not null)
            foreach (var (assignment, source, valueOffset) in overrides.Assignments)
            {
                ApplyOverride(root, assignment, source, valueOffset, errors);
                applied.Add(assignment);
            }
        if (root is null) throw new ScenarioException(errors);
        if (root is YamlMapping map && FileKinds.Of(map) is { } kind && kind != FileKind.Scenario)
        {
            errors.Add(new ScenarioError(root.Position, "", $"this is a {FileKinds.Name(kind)} file, not a scenario (it has a '{FileKinds.Section(kind)}:' section)"));
            throw new ScenarioException(errors);
        }

        // Duplicate keys and override errors are not fatal: binding goes on so every error is reported at once.
        var binder = new ScenarioBinder(errors);
        var scenario = binder.Bind(typeof(Scenario), root, "") as Scenario;
        string? note = null;
        if (scenario is not null && overrides.Ticks is int ticks && ticks >= 1 && scenario.Run.BurnInTicks >= ticks)
        {
            // A quick look at a scenario: a burn-in it would swallow is shortened to leave one written tick.
            note = $"note: --ticks {ticks} is within the scenario's burn-in of {scenario.Run.BurnInTicks} ticks; burn-in shortened to {ticks - 1}";
            scenario = scenario with { Run = scenario.Run with { BurnInTicks = ticks - 1 } };
            applied.Add($"run.burn_in_ticks={ticks - 1}");
        }
        var warnings = new List<ScenarioError>();
        if (scenario is not null) ScenarioValidator.Check(scenario, binder.Positions, root.Position, errors, warnings);
        if (errors.Count > 0 || scenario is null) throw new ScenarioException(errors);
        return new LoadedScenario(scenario, [], binder.Positions) { Overrides = applied, Note = note, Warnings = warnings };
    }

    /// <summary>Applies <c>key.path=value</c>; the value is read as YAML, so lists and mappings work too.</summary>
    /// <param name="root">The merged tree, changed in place.</param>
    /// <param name="assignment"><c>key.path=value</c>.</param>
    /// <param name="source">The option it came from, which errors name.</param>
    /// <param name="errors">Where errors go.</param>
    /// <param name="valueOffset">Where the value starts in <paramref name="source"/>'s text, for error columns.</param>
    private static void ApplyOverride(YamlNode root, string assignment, string source, int valueOffset, List<ScenarioError> errors)
    {
        int eq = assignment.IndexOf('=');
        if (eq <= 0)
        {
            errors.Add(new ScenarioError(new SourcePosition(source, 1, 1), "", "expected --set key.path=value"));
            return;
        }
        string path = assignment[..eq];
        var value = YamlReader.ReadDocument(assignment[(eq + 1)..], source, errors)
                    ?? new YamlScalar(new SourcePosition(source, 1, 1), "", true);
        value = Reposition(value, source, valueOffset);
        if (root is not YamlMapping map)
        {
            errors.Add(new ScenarioError(root.Position, "", "expected a mapping of sections at the top level"));
            return;
        }
        string[] parts = path.Split('.');
        for (int i = 0; i < parts.Length; i++)
        {
            var keyNode = new YamlScalar(new SourcePosition(source, 1, 1), parts[i], true);
            if (i == parts.Length - 1)
            {
                map.Set(keyNode, value);
                return;
            }
            var next = map.Find(parts[i]);
            if (next is null || next is YamlScalar { IsNull: true })
            {
                next = new YamlMapping(new SourcePosition(source, 1, 1), []);
                map.Set(keyNode, next);
            }
            if (next is not YamlMapping nextMap)
            {
                errors.Add(new ScenarioError(new SourcePosition(source, 1, 1), string.Join('.', parts[..(i + 1)]), "is not a mapping, so it has no key " + parts[i + 1]));
                return;
            }
            map = nextMap;
        }
    }

    /// <summary>Shifts the override value's columns so they point into the whole <c>key=value</c> argument.</summary>
    private static YamlNode Reposition(YamlNode node, string source, int offset)
    {
        SourcePosition Shift(SourcePosition p) => new(source, 1, p.Column + offset);
        return node switch
        {
            YamlScalar s => s with { Position = Shift(s.Position) },
            YamlSequence q => new YamlSequence(Shift(q.Position), q.Items.Select(i => Reposition(i, source, offset)).ToList()),
            YamlMapping m => new YamlMapping(Shift(m.Position), m.Entries.Select(e =>
                new KeyValuePair<YamlScalar, YamlNode>((YamlScalar)Reposition(e.Key, source, offset), Reposition(e.Value, source, offset))).ToList()),
            _ => node,
        };
    }

    /// <summary>Names of the levers a scenario may use, for messages.</summary>
    internal static IEnumerable<string> LeverNames => Levers.All.Select(l => l.Name);
}
