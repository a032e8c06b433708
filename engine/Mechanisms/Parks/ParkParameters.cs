using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Parks;

/// <summary>Parameters of technoparks: tenancy, services, land and power, accounts (M9, M11, M17, M23). The <c>parameters.parks</c> section.</summary>
[ParameterSection("parks", Order = 14)]
internal sealed record ParkParameters
{
    [Param("Chance per month that an eligible firm of the park's locality applies, at visibility 1.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; SF2 (parks serve a minority of firms)")]
    public double ApplicationRatePerMonth { get; init; } = 0.01;

    [Param("Share of the gap between visibility and management quality closed per month (visibility drifts to what management sustains).", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; WB:L195, L450 (M10)")]
    public double VisibilityAdjustmentPerMonth { get; init; } = 0.05;

    [Param("Lowest selection score a park admits, before self-funding pressure relaxes it.", Unit = "score 0–1", Min = 0, Max = 1, Source = "calibrated; WB:L160–162")]
    public double AdmissionThreshold { get; init; } = 0.5;

    [Param("Oldest firm a bic_incubator admits.", Unit = "months", Min = 0, Max = 1_200, Source = "WB:L148, L458")]
    public int YoungFirmMonths { get; init; } = 36;

    [Param("Chance per month that a tenant leaves its park (other than by exit or graduation).", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; WB:L465 (easy in, easy out)")]
    public double TenantExitRatePerMonth { get; init; } = 0.01;

    [Param("Revenue uplift of a tenant from the park's services at management and service quality 1 (market access, IP, finance advice).", Unit = "share of revenue", Min = 0, Max = 10, Source = "WB:L303, L312 (M11); TSER ¶8 L21 (effects relatively small); calibrated")]
    public double ServiceEffect { get; init; } = 0.05;

    [Param("Service quality of in-house services, relative to partners of quality 1.", Unit = "0–1", Min = 0, Max = 1, Source = "WB:L440 (partners rather than an internal team); calibrated")]
    public double InHouseServiceQuality { get; init; } = 0.5;

    [Param("Cost to the park of serving one tenant.", Unit = "USD/month", Min = 0, Max = 1e9, Source = "calibrated; brief M9")]
    public double ServiceCostUsdPerTenant { get; init; } = 100;

    [Param("Share of a tenant's tie meetings drawn among its park's co-tenants.", Unit = "share 0–1", Min = 0, Max = 1, Source = "WB:L95 (parks enable spillovers through proximity); calibrated")]
    public double ColocationShare { get; init; } = 0.3;

    [Param("Licensing income of an rd_centred park per original innovation of a tenant.", Unit = "USD", Min = 0, Max = 1e9, Source = "WB:L529 (benefits from patents); calibrated")]
    public double LicensingFeeUsd { get; init; } = 5_000;

    [Param("Factor on link formation and transfer between the host institution of a campus_applied_research park and the firms of its locality (joint projects).", Unit = "factor", Min = 1, Max = 100, Source = "WB:L228–232; calibrated")]
    public double JointProjectMultiplier { get; init; } = 2;

    [Param("Capital grant per plot released by the land_release lever.", Unit = "USD", Min = 0, Max = 1e10, Source = "calibrated; WB:L179, L408")]
    public double PlotCostUsd { get; init; } = 50_000;

    [Param("Monthly cost of one MW of power capacity added by the infrastructure_capacity lever.", Unit = "USD/month", Min = 0, Max = 1e10, Source = "calibrated; WB:L181")]
    public double PowerCostUsdPerMwMonth { get; init; } = 20_000;
}
