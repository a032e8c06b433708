using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>Parameters of knowledge transfer through ties, institutions and hires, gated by absorptive capacity (M2). The <c>parameters.transfer</c> section.</summary>
[ParameterSection("transfer", Order = 3)]
internal sealed record TransferParameters
{
    [Param("Share of a knowledge gap closed per month through a full-weight tie at absorptive capacity 1 (η).", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; model-brief M2")]
    public double RatePerMonth { get; init; } = 0.02;

    [Param("Exponent on absorptive capacity in the transfer rate (γ).", Unit = "exponent", Min = 0, Max = 10, Source = "model-brief M2")]
    public double AcExponent { get; init; } = 1.0;

    [Param("Knowledge level (sum over fields) at which absorptive capacity is one half.", Unit = "knowledge units", Min = 1e-6, Max = 1e6, Source = "calibrated; UN ¶30 L134")]
    public double AcHalfSaturation { get; init; } = 1.0;

    [Param("Absorptive capacity below which only codified knowledge passes (AC*).", Unit = "0–1", Min = 0, Max = 1, Source = "UN ¶31 L136")]
    public double AcThreshold { get; init; } = 0.3;

    [Param("Share of the transfer that still passes below AC* (simple, codified knowledge).", Unit = "share 0–1", Min = 0, Max = 1, Source = "calibrated; UN ¶31 L136")]
    public double CodifiedShare { get; init; } = 0.2;

    [Param("Share of the gap to a partner institution's knowledge closed per month at AC 1 and full tie weight.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; TSER ¶13 L32 (knowledge centres a lesser source than customers)")]
    public double InstitutionRatePerMonth { get; init; } = 0.01;

    [Param("How much more of design and engineering knowledge firms absorb than of other research knowledge: institution transfer is scaled by 1 + (u − 1) × design share.", Unit = "factor", Min = 1, Max = 100, Source = "brief M24 (design knowledge is directly usable); WB:L681–683; calibrated")]
    public double DesignUsability { get; init; } = 3;

    [Param("Monthly cost of running a tailored liaison office turned on by the tailored_liaison lever.", Unit = "USD/month", Min = 0, Max = 1e9, Source = "calibrated; brief §3.4 (liaison staff)")]
    public double TailoredLiaisonCostUsdPerMonth { get; init; } = 15_000;

    [Param("Factor on institution transfer and link formation for a `tailored` liaison office.", Unit = "factor", Min = 0, Max = 100, Source = "TSER ¶13 L32 (tailored beats generalist); calibrated")]
    public double TailoredLiaisonMultiplier { get; init; } = 2;

    [Param("Share of the gap to the external frontier closed per month through a full-weight external tie at AC 1.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; TSER ¶26 L56")]
    public double ExternalRatePerMonth { get; init; } = 0.01;

    [Param("Knowledge of the world outside the region, per field, at the start.", Unit = "knowledge units", Min = 0, Max = 1e6, Source = "calibrated")]
    public double FrontierKnowledge { get; init; } = 2.5;

    [Param("Growth of the external frontier per month.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double FrontierGrowthPerMonth { get; init; } = 0.001;
}
