using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Global;

/// <summary>Parameters of inward investment by multinational affiliates. The <c>parameters.fdi</c> section.</summary>
[ParameterSection("fdi", Order = 19)]
internal sealed record FdiParameters
{
    [Param("New multinational affiliates a year setting up in the region without incentives (mobile investment is scarce and contested, WB:L307).", Unit = "affiliates per year", Min = 0, Max = 1_000, Source = "WB:L307; scenario input")]
    public double AffiliatesPerYear { get; init; }

    [Param("Affiliates a year the fdi_incentives lever draws per unit of incentive (share of an affiliate's set-up cost the state pays).", Unit = "affiliates per year per unit of incentive", Min = 0, Max = 1_000, Source = "UN ¶29 L130, ¶65 L302; calibrated")]
    public double IncentiveElasticity { get; init; } = 2;

    [Param("Growth multiplier of a new affiliate while its margin is positive (it sets out to reach scale).", Unit = "factor", Min = 0, Max = 100, Source = "calibrated")]
    public double GrowthMultiplier { get; init; } = 5;

    [Param("Set-up cost of an affiliate; the fdi_incentives lever pays its share.", Unit = "USD", Min = 0, Max = 1e11, Source = "calibrated")]
    public double SetupCostUsd { get; init; } = 2_000_000;
}
