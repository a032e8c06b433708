using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Strategy;

/// <summary>Parameters of the low road and the high road (M14). The <c>parameters.strategy</c> section.</summary>
[ParameterSection("strategy", Order = 24)]
internal sealed record StrategyParameters
{
    [Param("Log-odds of the high road for a firm of absorptive capacity 0: the region's habit of upgrading.", Unit = "log-odds", Min = -50, Max = 50, Source = "UN ¶19 L106; calibrated")]
    public double HighRoadBias { get; init; } = -1;

    [Param("Log-odds of the high road per unit of absorptive capacity: capable firms upgrade.", Unit = "log-odds", Min = -50, Max = 50, Source = "UN ¶23 L116 (lack of technological depth); calibrated")]
    public double HighRoadPerAc { get; init; } = 4;

    [Param("Share of the wage a low-road firm saves by low wages and low standards.", Unit = "share 0–1", Min = 0, Max = 1, Source = "UN ¶19 L106 (cut-throat low-wage measures); calibrated")]
    public double LowRoadWageDiscount { get; init; } = 0.1;
}
