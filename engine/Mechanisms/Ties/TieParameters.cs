using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Ties;

/// <summary>Parameters of tie formation and decay among firms and with institutions (M3, M4). The <c>parameters.ties</c> section.</summary>
[ParameterSection("ties", Order = 4)]
internal sealed record TieParameters
{
    [Param("Tie slots per firm (fixed capacity).", Unit = "ties", Min = 1, Max = 64, Source = "modelling choice (engine-principles: fixed-capacity slots)")]
    public int MaxTiesPerFirm { get; init; } = 8;

    [Param("Chance per month that a firm with a free slot meets a candidate partner.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; TSER ¶17 L40")]
    public double FormationRatePerMonth { get; init; } = 0.1;

    [Param("Share of a candidate drawn from the firm's own field (the rest from its locality).", Unit = "share 0–1", Min = 0, Max = 1, Source = "calibrated; TSER ¶18 L41")]
    public double SameFieldShare { get; init; } = 0.5;

    [Param("Weight lost per month by every tie (entropic networks).", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; WB:L450")]
    public double DecayPerMonth { get; init; } = 0.02;

    [Param("Ties whose weight falls below this are dropped.", Unit = "weight", Min = 0, Max = 1, Source = "calibrated")]
    public double MinWeight { get; init; } = 0.1;

    [Param("Weight of geographic proximity (same locality) in the chance of accepting a candidate partner; the rest is technological proximity (cosine of knowledge vectors).", Unit = "share 0–1", Min = 0, Max = 1, Source = "brief M3; TSER ¶18 L41, ¶31 L67; calibrated")]
    public double GeographicProximityWeight { get; init; } = 0.5;

    [Param("Share of new firm-to-firm ties that are customer–supplier links (the rest collaboration or external).", Unit = "share 0–1", Min = 0, Max = 1, Source = "TSER ¶18 L41 (close links especially between customers and suppliers); calibrated")]
    public double VerticalShare { get; init; } = 0.6;

    [Param("Share of new firm-to-firm ties that are external links to firms outside the region.", Unit = "share 0–1", Min = 0, Max = 1, Source = "TSER ¶17 L40, ¶26 L56; calibrated")]
    public double ExternalShare { get; init; } = 0.1;

    [Param("Weight lost per month by a customer–supplier tie (trade keeps it in use).", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double VerticalDecayPerMonth { get; init; } = 0.01;

    [Param("Weight lost per month by a parent–spin-off tie.", Unit = "1/month", Min = 0, Max = 1, Source = "TSER ¶23 L50 (spin-offs maintain links with parents); calibrated")]
    public double ParentDecayPerMonth { get; init; } = 0.005;

    [Param("Chance per month that a firm without an institution link starts one with an institution of its locality, at AC 1.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; WB:L199")]
    public double InstitutionLinkRatePerMonth { get; init; } = 0.005;

    [Param("Weight lost per month by a firm–institution link.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double InstitutionLinkDecayPerMonth { get; init; } = 0.02;
}
