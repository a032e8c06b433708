using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Loader;

public enum FileKind { Scenario, Comparison, Sweep }

/// <summary>
/// The kinds of YAML file that live in scenarios/, told apart by their top-level section: a comparison
/// has <c>compare:</c>, a sweep <c>sweep:</c>, anything else is a scenario.
/// </summary>
public static class FileKinds
{
    public static FileKind Of(YamlMapping root) =>
        root.Find(Section(FileKind.Comparison)) is not null ? FileKind.Comparison
        : root.Find(Section(FileKind.Sweep)) is not null ? FileKind.Sweep
        : FileKind.Scenario;

    /// <summary>The top-level section that marks the kind (none for a scenario).</summary>
    public static string Section(FileKind kind) => kind switch
    {
        FileKind.Comparison => "compare",
        FileKind.Sweep => "sweep",
        _ => "",
    };

    public static string Name(FileKind kind) => ScenarioSchema.SnakeCase(kind.ToString());

    /// <summary>The record a file of the kind binds to.</summary>
    public static Type DocumentType(FileKind kind) => kind switch
    {
        FileKind.Comparison => typeof(ComparisonFile),
        FileKind.Sweep => typeof(SweepFile),
        _ => typeof(Scenario),
    };
}
