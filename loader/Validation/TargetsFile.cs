using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Loader.Validation;

/// <summary>
/// A validation file: empirical targets (a statistic of the model's output, the band the data put it in, the
/// source) and the scenarios each applies to. The library's files carry validation-targets.md E1–E10; an analyst
/// calibrating to a real region writes one with that region's statistics and bands.
/// </summary>
[ScenarioSection]
public sealed record TargetsFile
{
    [Param("Version of the file format this file is written for.", Min = 1, Max = 1, Required = true)]
    public int FormatVersion { get; init; } = 1;

    [Param("Short name of the file; names the scorecard's rows' group.", Required = true)]
    public string Name { get; init; } = "";

    [Param("What the targets measure and where they come from.")]
    public string Description { get; init; } = "";

    [Param("How the scenarios are run for every target that does not say otherwise.")]
    public ValidationRun Run { get; init; } = new();

    [Param("The targets.", Required = true)]
    public IReadOnlyList<Target> Targets { get; init; } = [];
}

[ScenarioSection]
public sealed record Target
{
    [Param("Identifier, as in validation-targets.md (E1, E2, …).", Required = true)]
    public string Id { get; init; } = "";

    [Param("Which statistic of a target with several (e.g. under_10 for E2); the scorecard's row is id/part.")]
    public string Part { get; init; } = "";

    [Param("What the target says, in words.", Required = true)]
    public string Title { get; init; } = "";

    [Param("The statistic computed from each replication's output.", Required = true)]
    public Statistic Statistic { get; init; } = new();

    [Param("The band the statistic's mean over replications must fall in.", Required = true)]
    public Band Band { get; init; } = new();

    [Param("The source's point value, shown beside the band (empty: none).", Unit = "the statistic's unit")]
    public double? Reference { get; init; }

    [Param("Where the band comes from.", Required = true)]
    public string Source { get; init; } = "";

    [Param("Scenario files the target applies to, relative to this file.", Required = true)]
    public IReadOnlyList<string> Scenarios { get; init; } = [];

    [Param("How the scenarios are run for this target (empty: the file's run).")]
    public ValidationRun? Run { get; init; }

    [Param("The statistic is written into a rule: the verdict is 'by construction' and names the rule (the statistic is still computed and shown).")]
    public ByConstruction? ByConstruction { get; init; }
}

/// <summary>A closed interval; either end may be open (empty).</summary>
[ScenarioSection]
public sealed record Band
{
    [Param("Lowest value inside the band (empty: no lower end).")]
    public double? Low { get; init; }

    [Param("Highest value inside the band (empty: no upper end).")]
    public double? High { get; init; }

    public bool Contains(double x) => !double.IsNaN(x) && (Low is not double l || x >= l) && (High is not double h || x <= h);
}

/// <summary>How a validated scenario is run: its length, replications and any overrides (sizes chosen for the time budget).</summary>
[ScenarioSection]
public sealed record ValidationRun
{
    [Param("Ticks to run (empty: the scenario's run.ticks).", Unit = "ticks", Min = 1, Max = 12_000)]
    public int? Ticks { get; init; }

    [Param("Replications (at least 2 for an interval).", Unit = "replications", Min = 2, Max = 10_000)]
    public int Replications { get; init; } = 10;

    [Param("Overrides KEY=VALUE applied to the scenario, as --set (e.g. population.people=20000 for a small region).")]
    public IReadOnlyList<string> Set { get; init; } = [];
}
