using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Finance;

/// <summary>Parameters of seed funds, venture capital and banks (M12). The <c>parameters.finance</c> section.</summary>
[ParameterSection("finance", Order = 17)]
internal sealed record FinanceParameters
{
    [Param("Months of wages a firm must hold in cash for each worker it adds: without finance a firm cannot grow past its cash.", Unit = "months", Min = 0, Max = 120, Source = "brief M12 (funding lifts cash constraints); UN ¶68 L314")]
    public double HiringCashMonths { get; init; } = 3;

    [Param("A firm also needs money when its cash covers fewer than this many months of its wage bill and fixed cost.", Unit = "months", Min = 0, Max = 120, Source = "brief M12 (funding raises survival); calibrated")]
    public double NeedCashMonths { get; init; } = 3;

    [Param("Chance per month that a firm in need of money meets a fund, for a firm outside the parks or a fund with no park integration.", Unit = "1/month", Min = 0, Max = 1, Source = "WB:L372 (weak deal flow); calibrated")]
    public double DealRatePerMonth { get; init; } = 0.2;

    [Param("Lowest investment readiness a seed or venture fund invests at (readiness mixes commercial signal and merit).", Unit = "score 0–1", Min = 0, Max = 1, Source = "WB:L386 (readiness raises the chances); calibrated")]
    public double ReadinessThreshold { get; init; } = 0.5;

    [Param("Oldest firm a seed fund invests in.", Unit = "months", Min = 0, Max = 1_200, Source = "brief §3.2 (seed and start-up stages)")]
    public int SeedMaxAgeMonths { get; init; } = 36;

    [Param("Months of value added a bank accepts as collateral for a loan.", Unit = "months", Min = 0, Max = 120, Source = "WB:L465 (banks require collateral); calibrated")]
    public double CollateralMonths { get; init; } = 2;

    [Param("Months over which a bank loan is repaid.", Unit = "months", Min = 1, Max = 600, Source = "calibrated")]
    public int LoanTermMonths { get; init; } = 36;
}
