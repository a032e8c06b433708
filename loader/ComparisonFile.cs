using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Loader;

/// <summary>
/// A comparison file: a base scenario and variants of it, run with common random numbers (replication r
/// of every scenario uses the same seed) and compared indicator by indicator over windows.
/// </summary>
[ScenarioSection]
public sealed record ComparisonFile
{
    [Param("Version of the file format this file is written for.", Min = 1, Max = 1, Required = true)]
    public int FormatVersion { get; init; } = 1;

    [Param("Short name of the comparison; names its output folder.", Required = true)]
    public string Name { get; init; } = "";

    [Param("What is compared and the seed passages behind it.")]
    public string Description { get; init; } = "";

    [Param("The scenarios compared and how.", Required = true)]
    public ComparisonSettings Compare { get; init; } = new();
}

public enum ComparisonWindow { FinalYear, WholeRun }

[ScenarioSection]
public sealed record ComparisonSettings
{
    [Param("Base scenario file, relative to this file.", Required = true)]
    public string Base { get; init; } = "";

    [Param("Variant scenario files, relative to this file; their region, population and run.ticks, run.burn_in_ticks and run.start must equal the base's (run.seed is the base's for all).", Required = true)]
    public IReadOnlyList<string> Variants { get; init; } = [];

    [Param("Replications of every scenario (empty: the base's run.replications); replication r of each uses the same seed.", Unit = "replications", Min = 2, Max = 10_000)]
    public int? Replications { get; init; }

    [Param("Indicators compared (empty: the headline indicators firms_alive, employment, knowledge_mean and productivity_mean, then those the base plots).")]
    public IReadOnlyList<string> Indicators { get; init; } = [];

    [Param("Run the shared history once to this tick, checkpoint it, and continue every scenario from it; allowed when the scenarios differ only in policies that start at or after it. The comparison then covers the ticks after it (empty: no fork).", Unit = "ticks", Min = 1, Max = 12_000)]
    public int? ForkAt { get; init; }

    [Param("Windows over which differences are averaged: final_year (the last 12 ticks) and whole_run (every tick after burn-in, and after fork_at when there is one).")]
    public IReadOnlyList<ComparisonWindow> Windows { get; init; } = [ComparisonWindow.FinalYear, ComparisonWindow.WholeRun];
}
