using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Global;

/// <summary>Parameters of the subcontracting ladder of multinationals' suppliers (M13). The <c>parameters.subcontracting</c> section.</summary>
[ParameterSection("subcontracting", Order = 21)]
internal sealed record SubcontractingParameters
{
    [Param("Chance per month that a firm a multinational buys from starts supplying simple components.", Unit = "1/month", Min = 0, Max = 1, Source = "UN ¶14 L88, ¶31 L136; calibrated")]
    public double EntryRatePerMonth { get; init; } = 0.1;

    [Param("Absorptive capacity needed for each rung above simple components: OEM, ODM, own brand.", Unit = "0–1", Min = 0, Max = 1, Source = "UN ¶31 L136 (depth depends on supplier AC); calibrated")]
    public double OemMinAc { get; init; } = 0.6;

    [Param("Absorptive capacity needed for original design manufacturing.", Unit = "0–1", Min = 0, Max = 1, Source = "UN ¶14 L88–92; calibrated")]
    public double OdmMinAc { get; init; } = 0.75;

    [Param("Chance per month of climbing from simple components to OEM when capable.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double OemRatePerMonth { get; init; } = 0.03;

    [Param("Chance per month of climbing from OEM to ODM when capable: rare (\"in a very few instances\").", Unit = "1/month", Min = 0, Max = 1, Source = "UN ¶14 L88")]
    public double OdmRatePerMonth { get; init; } = 0.003;

    [Param("Chance per month that an ODM firm with the cash launches its own brand.", Unit = "1/month", Min = 0, Max = 1, Source = "UN ¶14 L92 (OBM needs marketing and distribution); calibrated")]
    public double ObmRatePerMonth { get; init; } = 0.005;

    [Param("Cash an own brand needs, in months of value added (marketing and distribution).", Unit = "months of value added", Min = 0, Max = 120, Source = "UN ¶14 L92; calibrated")]
    public double ObmInvestmentMonths { get; init; } = 6;

    [Param("Factor on learning from a multinational customer, per rung (simple, OEM, ODM and own brand add this much each).", Unit = "factor per rung", Min = 0, Max = 10, Source = "UN ¶14 L88 (greater and more complex transfers); calibrated")]
    public double TransferPerRung { get; init; } = 0.5;

    [Param("Log-odds taken off the R&D decision of a captive supplier (simple components or OEM).", Unit = "log-odds", Min = 0, Max = 20, Source = "UN ¶15 L94 (may delay in-house R&D; SF14)")]
    public double CaptiveRdPenalty { get; init; } = 1;

    [Param("Revenue premium of an own brand.", Unit = "share of revenue", Min = 0, Max = 10, Source = "calibrated")]
    public double ObmPremium { get; init; } = 0.1;
}
