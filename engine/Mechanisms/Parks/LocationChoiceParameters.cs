using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Parks;

/// <summary>Parameters of firms' choice among parks (M21). The <c>parameters.location_choice</c> section.</summary>
[ParameterSection("location_choice", Order = 25)]
internal sealed record LocationChoiceParameters
{
    [Param("Weight of incentives (rent below the market, tax forgiven) in a park's attraction.", Unit = "weight", Min = 0, Max = 100, Source = "WB:L757–759 (survey ranks incentives first; SF23)")]
    public double IncentivesWeight { get; init; } = 1;

    [Param("Weight of the regional business climate in a park's attraction.", Unit = "weight", Min = 0, Max = 100, Source = "WB:L757–759 (macro conditions second)")]
    public double MacroWeight { get; init; } = 0.8;

    [Param("Weight of infrastructure (spare power) in a park's attraction.", Unit = "weight", Min = 0, Max = 100, Source = "WB:L757–759")]
    public double InfrastructureWeight { get; init; } = 0.7;

    [Param("Weight of labour access (the region's unemployment relative to the reference) in a park's attraction.", Unit = "weight", Min = 0, Max = 100, Source = "WB:L757–759")]
    public double LabourWeight { get; init; } = 0.6;

    [Param("Weight of co-location (the park's occupancy) in a park's attraction.", Unit = "weight", Min = 0, Max = 100, Source = "WB:L757–759 (co-location ranked low)")]
    public double ColocationWeight { get; init; } = 0.2;

    [Param("Weight of research links (a host institution) in a park's attraction.", Unit = "weight", Min = 0, Max = 100, Source = "WB:L757–759 (research linkage ranked low)")]
    public double ResearchWeight { get; init; } = 0.15;
}
