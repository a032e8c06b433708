using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Loader.Validation;

/// <summary>
/// A fact file: stylised facts of the seeds (model-brief §7) and the directions the intervention pairs' seed
/// passages expect, each written as a comparison of simulated conditions with the regions it must hold in.
/// </summary>
[ScenarioSection]
public sealed record FactsFile
{
    [Param("Version of the file format this file is written for.", Min = 1, Max = 1, Required = true)]
    public int FormatVersion { get; init; } = 1;

    [Param("Short name of the file.", Required = true)]
    public string Name { get; init; } = "";

    [Param("What the facts are and where they come from.")]
    public string Description { get; init; } = "";

    [Param("How the regions are run for every fact that does not say otherwise.")]
    public ValidationRun Run { get; init; } = new();

    [Param("The facts.", Required = true)]
    public IReadOnlyList<Fact> Facts { get; init; } = [];
}

public enum Direction { Higher, Lower }

/// <summary>
/// One fact: the claim, its seed passage, the regions it must hold in, and exactly one form of test
/// (level, within_run, paired, interaction, ranking, across_regions, panel) or not_posable.
/// </summary>
[ScenarioSection]
public sealed record Fact
{
    [Param("Identifier, as in model-brief §7 (SF1, …) or the intervention pair's name.", Required = true)]
    public string Id { get; init; } = "";

    [Param("Which test of a fact with several; the scorecard's row is id/part.")]
    public string Part { get; init; } = "";

    [Param("The stylised fact, in words.", Required = true)]
    public string Claim { get; init; } = "";

    [Param("The seed passage(s) behind it.", Required = true)]
    public string Seed { get; init; } = "";

    [Param("How the test poses the fact here, where it departs from the brief's wording and why.")]
    public string Test { get; init; } = "";

    [Param("Scenario files the fact must hold in, relative to this file; each gets its own verdict (an across_regions fact names its own).")]
    public IReadOnlyList<string> Regions { get; init; } = [];

    [Param("How the regions are run (empty: the file's run).")]
    public ValidationRun? Run { get; init; }

    [Param("A statistic's mean must fall in a band.")]
    public LevelTest? Level { get; init; }

    [Param("Within each replication, one statistic must exceed another.")]
    public WithinRunTest? WithinRun { get; init; }

    [Param("A variant against the region on common random numbers: the paired difference must have the expected sign.")]
    public PairedTest? Paired { get; init; }

    [Param("A 2 × 2 design on common random numbers: the effect of both against the sum of the effects of each.")]
    public InteractionTest? Interaction { get; init; }

    [Param("Several variants on common random numbers must rank in the order given.")]
    public RankingTest? Ranking { get; init; }

    [Param("Different regions, unpaired: one group's statistic must exceed the other's.")]
    public AcrossRegionsTest? AcrossRegions { get; init; }

    [Param("Within each replication's firm panel, one group of firms must do better than another.")]
    public PanelTest? Panel { get; init; }

    [Param("The compared outcome is written into a rule: the verdict is 'by construction' and names the rule (the test still runs and is shown).")]
    public ByConstruction? ByConstruction { get; init; }

    [Param("The fact cannot be posed because a mechanism is missing: names that mechanism (no test runs).")]
    public NotPosable? NotPosable { get; init; }
}

/// <summary>A condition of a fact: the region with overrides, or another scenario file (an intervention's variant).</summary>
[ScenarioSection]
public sealed record Arm
{
    [Param("Short label of the condition, shown in the scorecard.", Required = true)]
    public string Label { get; init; } = "";

    [Param("Scenario file of the condition, relative to the fact file (empty: the region itself).")]
    public string File { get; init; } = "";

    [Param("Overrides KEY=VALUE that make the condition, applied after the run's.")]
    public IReadOnlyList<string> Set { get; init; } = [];
}

[ScenarioSection]
public sealed record LevelTest
{
    [Param("The statistic.", Required = true)]
    public Statistic Outcome { get; init; } = new();

    [Param("The band its mean must fall in.", Required = true)]
    public Band Band { get; init; } = new();
}

[ScenarioSection]
public sealed record WithinRunTest
{
    [Param("The statistic expected higher.", Required = true)]
    public Statistic Higher { get; init; } = new();

    [Param("The statistic expected lower.", Required = true)]
    public Statistic Lower { get; init; } = new();
}

[ScenarioSection]
public sealed record PairedTest
{
    [Param("The condition compared with the region.", Required = true)]
    public Arm Variant { get; init; } = new();

    [Param("The outcome compared.", Required = true)]
    public Statistic Outcome { get; init; } = new();

    [Param("The sign the fact expects of variant − region: higher or lower.", Required = true)]
    public Direction Expect { get; init; }
}

[ScenarioSection]
public sealed record InteractionTest
{
    [Param("The first condition alone.", Required = true)]
    public Arm A { get; init; } = new();

    [Param("The second condition alone.", Required = true)]
    public Arm B { get; init; } = new();

    [Param("Both conditions together.", Required = true)]
    public Arm Both { get; init; } = new();

    [Param("The outcome compared.", Required = true)]
    public Statistic Outcome { get; init; } = new();

    [Param("higher: effect(both) > effect(a) + effect(b) (reinforcing); lower: less than their sum.", Required = true)]
    public Direction Expect { get; init; }
}

[ScenarioSection]
public sealed record RankingTest
{
    [Param("The conditions in the order the fact expects, highest outcome first.", Required = true)]
    public IReadOnlyList<Arm> Arms { get; init; } = [];

    [Param("The outcome ranked.", Required = true)]
    public Statistic Outcome { get; init; } = new();
}

[ScenarioSection]
public sealed record AcrossRegionsTest
{
    [Param("Scenario files of the regions expected higher, relative to this file.", Required = true)]
    public IReadOnlyList<string> Higher { get; init; } = [];

    [Param("Scenario files of the regions expected lower.", Required = true)]
    public IReadOnlyList<string> Lower { get; init; } = [];

    [Param("The statistic compared.", Required = true)]
    public Statistic Outcome { get; init; } = new();
}

public enum FirmMeasure { Revenue, Employees, RdIntensity, Knowledge, Innovations, TiesExternal, RevenueGrowth }

[ScenarioSection]
public sealed record PanelTest
{
    [Param("The firms expected to do better, at the last tick.", Required = true)]
    public FirmPopulation Higher { get; init; } = new();

    [Param("The firms expected to do worse.", Required = true)]
    public FirmPopulation Lower { get; init; } = new();

    [Param("The firm-level measure compared (group means): revenue, employees, rd_intensity (R&D spend over revenue), knowledge, innovations (in the last 12 months), ties_external, revenue_growth (over the last 12 months).", Required = true)]
    public FirmMeasure Measure { get; init; }
}

[ScenarioSection]
public sealed record ByConstruction
{
    [Param("The source file of the rule the compared outcome is written into.", Required = true)]
    public string Rule { get; init; } = "";

    [Param("How the rule writes the outcome.", Required = true)]
    public string Why { get; init; } = "";
}

[ScenarioSection]
public sealed record NotPosable
{
    [Param("The mechanism the model lacks to pose the fact.", Required = true)]
    public string Missing { get; init; } = "";
}
