using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader.Validation;

namespace ClusterSim.Loader;

public enum FileKind { Scenario, Comparison, Sweep, Targets, Facts }

/// <summary>
/// The kinds of YAML file that live in scenarios/, told apart by their top-level section: a comparison
/// has <c>compare:</c>, a sweep <c>sweep:</c>, a validation file <c>targets:</c>, a fact file <c>facts:</c>;
/// anything else is a scenario.
/// </summary>
public static class FileKinds
{
    /// <summary>The kinds marked by a section, in the order they are looked for.</summary>
    public static IReadOnlyList<FileKind> Marked { get; } = [FileKind.Comparison, FileKind.Sweep, FileKind.Targets, FileKind.Facts];

    public static FileKind Of(YamlMapping root) =>
        Marked.FirstOrDefault(k => root.Find(Section(k)) is not null, FileKind.Scenario);

    /// <summary>The top-level section that marks the kind (none for a scenario).</summary>
    public static string Section(FileKind kind) => kind switch
    {
        FileKind.Comparison => "compare",
        FileKind.Sweep => "sweep",
        FileKind.Targets => "targets",
        FileKind.Facts => "facts",
        _ => "",
    };

    public static string Name(FileKind kind) => ScenarioSchema.SnakeCase(kind.ToString());

    /// <summary>The record a file of the kind binds to.</summary>
    public static Type DocumentType(FileKind kind) => kind switch
    {
        FileKind.Comparison => typeof(ComparisonFile),
        FileKind.Sweep => typeof(SweepFile),
        FileKind.Targets => typeof(TargetsFile),
        FileKind.Facts => typeof(FactsFile),
        _ => typeof(Scenario),
    };
}
