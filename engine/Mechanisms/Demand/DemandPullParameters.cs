using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Demand;

/// <summary>Parameters of demand for technology services and procurement (M18). The <c>parameters.demand_pull</c> section.</summary>
[ParameterSection("demand_pull", Order = 23)]
internal sealed record DemandPullParameters
{
    [Param("Rise of the region's demand for technology services per unit of the procurement_programme lever; the demand index (1 without procurement) multiplies firms' uptake of park and institution services.", Unit = "per share of purchases", Min = 0, Max = 1_000, Source = "WB:L215, L234, L539 (demand is missing); brief M18; calibrated")]
    public double ProcurementElasticity { get; init; } = 20;

    [Param("Revenue uplift of an innovative SME or NTBF per unit of the procurement_programme lever (the state and large firms as clients).", Unit = "per share of purchases", Min = 0, Max = 1_000, Source = "WB:L318; calibrated")]
    public double ProcurementRevenueEffect { get; init; } = 2;
}
