using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Firms;

/// <summary>Parameters of firm exit (M19): a monthly hazard from the firm's position, not its age. The <c>parameters.exit</c> section.</summary>
[ParameterSection("exit", Order = 12)]
internal sealed record ExitParameters
{
    [Param("Exit hazard of a firm whatever its position: closures for reasons the model does not hold (the owner retires, sells up, falls ill).", Unit = "1/month", Min = 0, Max = 1, Source = "assumed")]
    public double BaseHazardPerMonth { get; init; } = 0.002;

    [Param("Exit hazard of a firm with no cash runway left and no losses: such a firm closes within five months on average.", Unit = "1/month", Min = 0, Max = 10, Source = "assumed; brief M19 (insolvency: cash below zero for some ticks)")]
    public double RunwayHazardPerMonth { get; init; } = 0.2;

    [Param("Months of costs in cash over which the runway hazard falls by a factor e: a firm with this runway faces e^−1 of it.", Unit = "months", Min = 0.01, Max = 120, Source = "assumed")]
    public double RunwayScaleMonths { get; init; } = 1;

    [Param("How much losses raise the runway hazard: × (1 + this × the loss as a share of value added, at most 1).", Unit = "factor", Min = 0, Max = 100, Source = "assumed; UN ¶7 L71 (failure to upgrade costs market share and profitability)")]
    public double LossHazardFactor { get; init; } = 2;
}
