using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Loader.Validation;

/// <summary>The statistics <c>clustersim validate</c> computes from a replication's indicators and firm panel.</summary>
public enum StatisticKind
{
    /// <summary>E1: exponent α of P(S ≥ s) ∝ s^−α, maximum likelihood with the KS-chosen cut-off, on employees at the last tick.</summary>
    SizeTailExponent,
    /// <summary>E1 for comparison: the same exponent by least squares on a log-binned histogram above the MLE's cut-off.</summary>
    SizeTailExponentLogBinned,
    /// <summary>E2: share of the firms with fewer than <c>employees</c> employees at the last tick.</summary>
    ShareOfFirmsBelow,
    /// <summary>E2: share of the firms with at least <c>employees</c> employees at the last tick.</summary>
    ShareOfFirmsAtLeast,
    /// <summary>E2: share of firm employment in firms with at least <c>employees</c> employees at the last tick.</summary>
    ShareOfEmploymentAtLeast,
    /// <summary>E3: Kaplan–Meier survival to <c>months</c> of firms born during the run, by birth-year cohort (censored at the run's end), cohorts weighted by size.</summary>
    Survival,
    /// <summary>E4: firms founded in a simulated year over firms alive at its start, averaged over the years after burn-in.</summary>
    BirthRate,
    /// <summary>E4: firms that exited in a simulated year over firms alive at its start, averaged over the years after burn-in.</summary>
    DeathRate,
    /// <summary>E5: among people employed 12 months earlier and still in the region, the share whose employer differs (the engine's yearly measurement).</summary>
    JobChangeRate,
    /// <summary>E6: share of the firms with ≥ 1 innovation event in the last <c>months</c> (a multiple of 12).</summary>
    InnovationActiveShare,
    /// <summary>E6: the smallest step of the innovation-active share from one size class to the next (<c>size_classes</c>, lower bounds): &gt; 0 when it rises strictly.</summary>
    InnovationActiveGradient,
    /// <summary>E7: share of innovation events whose triggering knowledge came through <c>channels</c>, over the whole run after burn-in.</summary>
    InnovationSourceShare,
    /// <summary>E7: the smallest gap between consecutive groups of <c>channel_groups</c> (each group's share of innovation events): &gt; 0 when they are in that order.</summary>
    InnovationSourceOrder,
    /// <summary>E8: slope of a logit of doing R&amp;D on log employees, firms at the last tick.</summary>
    RdLogitSlope,
    /// <summary>E8: slope of log R&amp;D spend on log employees among R&amp;D performers at the last tick.</summary>
    RdSizeElasticity,
    /// <summary>E9: share of the firms whose origin is one of <c>origins</c>, at the last tick.</summary>
    OriginShare,
    /// <summary>E10: share of all innovation events (after burn-in) made by the firms counted.</summary>
    InnovationShareOfFirms,
    /// <summary>The mean over <c>window</c> of the sum of <c>indicators</c>, or of their ratio to the sum of <c>per</c> (ratio of window totals).</summary>
    IndicatorMean,
    /// <summary>The total over <c>window</c> of the sum of <c>indicators</c>: a cumulative flow (firms founded, public spending).</summary>
    IndicatorTotal,
}

public enum StatisticWindow { FinalYear, WholeRun, FinalTick }

/// <summary>A statistic and what it needs: which firms it counts and the arguments of its kind.</summary>
[ScenarioSection]
public sealed record Statistic
{
    [Param("Which statistic.", Required = true)]
    public StatisticKind Kind { get; init; }

    [Param("The firms counted (empty: every firm alive at the last tick).")]
    public FirmPopulation Firms { get; init; } = new();

    [Param("Size threshold of share_of_firms_below, share_of_firms_at_least and share_of_employment_at_least.", Unit = "employees", Min = 1)]
    public int? Employees { get; init; }

    [Param("Horizon of survival; window of innovation_active_share and innovation_active_gradient (a multiple of 12).", Unit = "months", Min = 1, Max = 1200)]
    public int? Months { get; init; }

    [Param("Lower bounds of the size classes of innovation_active_gradient, increasing (e.g. [10, 50, 250]).", Unit = "employees")]
    public IReadOnlyList<int> SizeClasses { get; init; } = [];

    [Param("Knowledge channels of innovation_source_share (customer, supplier, peer, university, research_institute, hire, parent, multinational, import, internal).")]
    public IReadOnlyList<string> Channels { get; init; } = [];

    [Param("Groups of channels of innovation_source_order, in the expected order, highest share first.")]
    public IReadOnlyList<IReadOnlyList<string>> ChannelGroups { get; init; } = [];

    [Param("Origins counted by origin_share.")]
    public IReadOnlyList<FirmOrigin> Origins { get; init; } = [];

    [Param("Indicators of indicator_mean and indicator_total, summed.")]
    public IReadOnlyList<string> Indicators { get; init; } = [];

    [Param("Indicators summed into the denominator of indicator_mean (empty: no ratio).")]
    public IReadOnlyList<string> Per { get; init; } = [];

    [Param("Window of indicator_mean and indicator_total: final_year (the last 12 ticks), whole_run (every tick after burn-in) or final_tick (the last tick only).")]
    public StatisticWindow Window { get; init; } = StatisticWindow.FinalYear;
}

/// <summary>Which firms a statistic counts, from the firm panel.</summary>
[ScenarioSection]
public sealed record FirmPopulation
{
    [Param("Firm kinds counted (empty: all).")]
    public IReadOnlyList<FirmKind> Kinds { get; init; } = [];

    [Param("Firm origins counted (empty: all).")]
    public IReadOnlyList<FirmOrigin> Origins { get; init; } = [];

    [Param("Only firms in high-tech fields (true), only others (false), or both (empty): region.high_tech_field_share sets which fields.")]
    public bool? HighTech { get; init; }

    [Param("Only firms born during the run (after the generated region's start).")]
    public bool BornDuringRun { get; init; }

    [Param("Smallest size counted.", Unit = "employees", Min = 0)]
    public int MinEmployees { get; init; }

    [Param("Largest size counted (empty: no limit).", Unit = "employees", Min = 0)]
    public int? MaxEmployees { get; init; }

    [Param("Only firms with (true) or without (false) a tie to another firm in the region, or both (empty).")]
    public bool? RegionalTies { get; init; }

    [Param("Only firms with (true) or without (false) a link to a firm abroad, or both (empty).")]
    public bool? GlobalTies { get; init; }
}
