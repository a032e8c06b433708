using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Loader;

/// <summary>
/// A sweep file: one scenario run at many points of its parameter space, each point a set of
/// <c>--set</c> overrides, for sensitivity analyses.
/// </summary>
[ScenarioSection]
public sealed record SweepFile
{
    [Param("Version of the file format this file is written for.", Min = 1, Max = 1, Required = true)]
    public int FormatVersion { get; init; } = 1;

    [Param("Short name of the sweep; names its output folder.", Required = true)]
    public string Name { get; init; } = "";

    [Param("What the sweep explores and why.")]
    public string Description { get; init; } = "";

    [Param("The scenario swept and its points.", Required = true)]
    public SweepSettings Sweep { get; init; } = new();
}

public enum SweepDesign { Grid, OneAtATime }

[ScenarioSection]
public sealed record SweepSettings
{
    [Param("Scenario file swept, relative to this file.", Required = true)]
    public string Scenario { get; init; } = "";

    [Param("Replications at every point (empty: the scenario's run.replications).", Unit = "replications", Min = 1, Max = 10_000)]
    public int? Replications { get; init; }

    [Param("grid (every combination of the values) or one_at_a_time (each key varied alone, the others at the scenario's values).")]
    public SweepDesign Design { get; init; } = SweepDesign.Grid;

    [Param("The keys varied and the values each takes.", Required = true)]
    public IReadOnlyList<SweepParameter> Parameters { get; init; } = [];
}

[ScenarioSection]
public sealed record SweepParameter
{
    [Param("Scenario key path, as for --set (e.g. region.entrepreneurship).", Required = true)]
    public string Key { get; init; } = "";

    [Param("Values the key takes.", Required = true)]
    public IReadOnlyList<double> Values { get; init; } = [];
}
