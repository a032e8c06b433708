using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Global;

/// <summary>Parameters of acquisitions of local firms by multinationals (M15). The <c>parameters.acquisitions</c> section.</summary>
[ParameterSection("acquisitions", Order = 20)]
internal sealed record AcquisitionParameters
{
    [Param("Chance per month that a multinational acquires an eligible local firm (an SME or NTBF of at least min_employees, ahead of its field in knowledge), per external tie plus one.", Unit = "1/month", Min = 0, Max = 1, Source = "TSER ¶22 L49 (acquisitions quite common); calibrated")]
    public double RatePerMonth { get; init; } = 0.0005;

    [Param("Smallest firm a multinational acquires.", Unit = "employees", Min = 1, Max = 1_000_000, Source = "calibrated")]
    public int MinEmployees { get; init; } = 5;

    [Param("Chance that an acquired firm keeps its autonomy (and its local ties, becoming a bridge to the global parent).", Unit = "share 0–1", Min = 0, Max = 1, Source = "TSER ¶23 L50; calibrated")]
    public double AutonomyShare { get; init; } = 0.6;

    [Param("Resources the parent brings, in months of the acquired firm's costs.", Unit = "months", Min = 0, Max = 120, Source = "TSER ¶22 L49 (new resources); calibrated")]
    public double ResourceMonths { get; init; } = 6;

    [Param("Chance per month that an acquired firm without autonomy relocates out of the region.", Unit = "1/month", Min = 0, Max = 1, Source = "brief M15 (the downside); calibrated")]
    public double RelocationRatePerMonth { get; init; } = 0.01;
}
