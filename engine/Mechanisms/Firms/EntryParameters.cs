using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Firms;

/// <summary>Parameters of de novo firm entry (M19). The <c>parameters.entry</c> section.</summary>
[ParameterSection("entry", Order = 11)]
internal sealed record EntryParameters
{
    [Param("Chance per month that an unemployed person founds a firm, at opportunity 1 (regional entrepreneurship).", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; TSER ¶27 L57")]
    public double EntrepreneurshipPerMonth { get; init; } = 0.0045;

    [Param("Largest entry opportunity of a field, relative to a field with a normal margin.", Unit = "factor", Min = 0, Max = 100, Source = "calibrated")]
    public double OpportunityCap { get; init; } = 3;

    [Param("Starting cash of a firm, in months of its costs (wage bill plus fixed cost).", Unit = "months", Min = 0, Max = 1_000, Source = "calibrated")]
    public double InitialCashMonths { get; init; } = 6;

    [Param("Knowledge of a de novo firm as a share of the mean knowledge vector of its field's firms.", Unit = "share", Min = 0, Max = 10, Source = "calibrated")]
    public double InheritedKnowledgeShare { get; init; } = 0.8;
}
