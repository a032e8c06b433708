using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader.Validation;

namespace ClusterSim.Loader;

/// <summary>
/// A sweep file: base scenarios (contexts) run at many points of their parameter space, each point a set of
/// <c>--set</c> overrides, each with its policy variants on common random numbers, for sensitivity analyses,
/// calibration and policies × scenarios (docs/sweeps.md).
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

    [Param("The scenarios swept, the design of the points and what each run reports.", Required = true)]
    public SweepSettings Sweep { get; init; } = new();
}

public enum SweepDesign { Grid, OneAtATime, Lhs, Sobol, Morris, File }

public enum SweepSeeds { Common, Independent }

public enum SweepDistribution { Uniform, LogUniform, Integer }

public enum SweepBetter { Higher, Lower }

[ScenarioSection]
public sealed record SweepSettings
{
    [Param("Scenario file swept, relative to this file (or give contexts).")]
    public string Scenario { get; init; } = "";

    [Param("Base scenario files, relative to this file: every point runs in each, each its own block of common random numbers (EMA's scenarios). Empty: the one scenario.")]
    public IReadOnlyList<string> Contexts { get; init; } = [];

    [Param("Policy variant files, relative to this file: each extends a base and changes only policies, and runs at every point beside the base on common random numbers (EMA's policies).")]
    public IReadOnlyList<string> Variants { get; init; } = [];

    [Param("Replications at every point (empty: the scenario's run.replications).", Unit = "replications", Min = 1, Max = 10_000)]
    public int? Replications { get; init; }

    [Param("grid (every combination of the values), one_at_a_time (each key varied alone, the others at the scenario's values), lhs (a Latin hypercube of samples points), sobol (Saltelli's scheme on a Sobol sequence: samples × (keys + 2) points), morris (trajectories elementary-effect paths on levels levels) or file (the points of design_file).")]
    public SweepDesign Design { get; init; } = SweepDesign.Grid;

    [Param("Points of lhs; base samples N of sobol (a power of 2 is best).", Unit = "points", Min = 1, Max = 1_000_000)]
    public int? Samples { get; init; }

    [Param("sobol: also the rows BA_j (B with column j from A), so analyse gives second-order indices: samples × (2 × keys + 2) points.")]
    public bool SecondOrder { get; init; }

    [Param("Elementary-effect trajectories r of morris.", Unit = "trajectories", Min = 1, Max = 100_000)]
    public int? Trajectories { get; init; }

    [Param("Grid levels p of morris (even; the step is p / (2(p − 1)) of the range).", Unit = "levels", Min = 2, Max = 1_000)]
    public int Levels { get; init; } = 4;

    [Param("CSV of the points of design file, relative to this file: one column per key (named as the key), one row per point.")]
    public string DesignFile { get; init; } = "";

    [Param("Seed of the design's own random draws (lhs, morris): the same seed, the same points.", Min = 0)]
    public long DesignSeed { get; init; } = 1;

    [Param("common: replication r of every point, variant and context uses its base scenario's run.seed + r, as run and compare do; independent: a seed drawn from the point's values and r.")]
    public SweepSeeds Seeds { get; init; } = SweepSeeds.Common;

    [Param("The keys varied: each with values (grid, one_at_a_time) or a range (lhs, sobol, morris).", Required = true)]
    public IReadOnlyList<SweepParameter> Parameters { get; init; } = [];

    [Param("What each run reports, one column each (empty: the final-year means of firms_alive, employment and value_added).")]
    public IReadOnlyList<SweepOutput> Outputs { get; init; } = [];

    [Param("Indicators whose every tick each run also writes to series.csv, a long table (empty: none).")]
    public IReadOnlyList<string> Series { get; init; } = [];
}

[ScenarioSection]
public sealed record SweepParameter
{
    [Param("Scenario key path, as for --set (e.g. region.entrepreneurship, policies.rd_subsidy.value).", Required = true)]
    public string Key { get; init; } = "";

    [Param("Values the key takes (grid, one_at_a_time).")]
    public IReadOnlyList<double> Values { get; init; } = [];

    [Param("Lowest value of the range (lhs, sobol, morris).")]
    public double? Low { get; init; }

    [Param("Highest value of the range (lhs, sobol, morris).")]
    public double? High { get; init; }

    [Param("How a unit draw maps onto the range: uniform, log_uniform (both ends above 0) or integer (uniform over the whole numbers low..high).")]
    public SweepDistribution Distribution { get; init; } = SweepDistribution.Uniform;
}

[ScenarioSection]
public sealed record SweepOutput
{
    [Param("Column name in results.csv (lower case, digits and _).", Required = true)]
    public string Name { get; init; } = "";

    [Param("The statistic, as in validation files: indicator_mean or indicator_total over final_year, whole_run or final_tick, or any statistic clustersim validate computes.", Required = true)]
    public Statistic Statistic { get; init; } = new();

    [Param("Which way the output is better when analyse ranks policy variants: higher or lower.")]
    public SweepBetter Better { get; init; } = SweepBetter.Higher;
}
