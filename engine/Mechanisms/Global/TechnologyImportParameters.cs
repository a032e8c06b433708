using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Global;

/// <summary>Parameters of technology imports as machines, licences or FDI (M20). The <c>parameters.technology_import</c> section.</summary>
[ParameterSection("technology_import", Order = 18)]
internal sealed record TechnologyImportParameters
{
    [Param("Chance per month that a firm imports technology, at a gap to the frontier in its field as large as the frontier itself.", Unit = "1/month", Min = 0, Max = 1, Source = "WB:L537 (innovation is mostly imported machines and licences); calibrated")]
    public double RatePerMonth { get; init; } = 0.02;

    [Param("Share of the own-field gap to the frontier a machine purchase closes, at AC 1.", Unit = "share", Min = 0, Max = 1, Source = "UN ¶13 L86 (equipment a limited learning source); calibrated")]
    public double MachineYield { get; init; } = 0.05;

    [Param("Share of the own-field gap to the frontier a licence closes, at AC 1.", Unit = "share", Min = 0, Max = 1, Source = "UN ¶30 L134 (licensing leads to more learning); calibrated")]
    public double LicenceYield { get; init; } = 0.15;

    [Param("Share of the own-field gap to the frontier an affiliate closes through its parent company, at AC 1.", Unit = "share", Min = 0, Max = 1, Source = "UN ¶30 L134 (FDI centralises innovation at home); calibrated")]
    public double FdiYield { get; init; } = 0.03;

    [Param("Lowest absorptive capacity at which a firm can use a licence (below it, it buys machines).", Unit = "0–1", Min = 0, Max = 1, Source = "UN ¶34 L150; calibrated")]
    public double LicenceMinAc { get; init; } = 0.5;

    [Param("Chance that a firm able to use a licence chooses one over machines.", Unit = "share 0–1", Min = 0, Max = 1, Source = "calibrated")]
    public double LicenceShare { get; init; } = 0.3;

    [Param("Price of imported machines, in months of the buyer's value added.", Unit = "months of value added", Min = 0, Max = 120, Source = "calibrated")]
    public double MachineCostMonths { get; init; } = 0.5;

    [Param("Licence fee, in months of the licensee's value added.", Unit = "months of value added", Min = 0, Max = 120, Source = "calibrated; UN ¶25 L120")]
    public double LicenceFeeMonths { get; init; } = 0.5;
}
