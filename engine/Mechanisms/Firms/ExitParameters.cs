using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Firms;

/// <summary>Parameters of firm exit (M19). The <c>parameters.exit</c> section.</summary>
[ParameterSection("exit", Order = 12)]
internal sealed record ExitParameters
{
    [Param("Consecutive months of losses after which a firm exits even with cash left.", Unit = "months", Min = 1, Max = 1_000, Source = "calibrated")]
    public int LossMonthsToExit { get; init; } = 18;
}
