using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Global;

/// <summary>Parameters of soft landing, internationalisation and exports (M16). The <c>parameters.soft_landing</c> section.</summary>
[ParameterSection("soft_landing", Order = 22)]
internal sealed record SoftLandingParameters
{
    [Param("Share of a programme's slots foreign firms actually take up; the visa_support lever adds to it.", Unit = "share 0–1", Min = 0, Max = 1, Source = "calibrated; IASP:L80 (visa support)")]
    public double Uptake { get; init; } = 0.5;

    [Param("Share of landing firms run by experienced founders with overseas experience (type A); the rest are young serial founders seeking venture capital (type B).", Unit = "share 0–1", Min = 0, Max = 1, Source = "IASP:L47–62")]
    public double TypeAShare { get; init; } = 0.5;

    [Param("Knowledge of a landing firm in its field, as a share of the frontier (type A; type B has half of it).", Unit = "share", Min = 0, Max = 10, Source = "calibrated")]
    public double EntrantKnowledgeShare { get; init; } = 0.8;

    [Param("Chance per month that a tenant of a park with mutual soft landing is sent to a partner park, per partner park.", Unit = "1/month", Min = 0, Max = 1, Source = "IASP:L76; calibrated")]
    public double OutboundRatePerMonth { get; init; } = 0.002;

    [Param("Chance per month that a firm of the region's top knowledge decile leaves for a global hub, without internationalisation services.", Unit = "1/month", Min = 0, Max = 1, Source = "IASP:L37 (the most promising companies would leave); calibrated")]
    public double EmigrationRatePerMonth { get; init; } = 0.001;

    [Param("Share of that hazard internationalisation services (at the firm's park, or having been sent abroad) remove.", Unit = "share 0–1", Min = 0, Max = 1, Source = "IASP:L39; calibrated")]
    public double ServicesProtection { get; init; } = 0.8;

    [Param("Export share a firm gains from access to foreign markets (sent abroad, landed from abroad, or acquired with autonomy).", Unit = "share of revenue", Min = 0, Max = 1, Source = "IASP:L39 (reduced transaction costs of foreign markets); calibrated")]
    public double ExportAccessShare { get; init; } = 0.3;

    [Param("Export share per external tie.", Unit = "share of revenue", Min = 0, Max = 1, Source = "TSER ¶26 L56; calibrated")]
    public double ExportSharePerExternalTie { get; init; } = 0.1;

    [Param("Outside demand per unit of export access: a firm with export access x sells abroad export_demand × x × its market weight at the external competitor's price, scaled by (regional price / competitor's price)^(1 − trade_elasticity), on top of its regional sales.", Unit = "ratio", Min = 0, Max = 10, Source = "calibrated (the revenue effect of export access of the closed model: 1 + 0.2 × access); IASP:L39")]
    public double ExportDemand { get; init; } = 0.2;

    [Param("Yearly cost of a soft-landing slot added by the soft_landing_slots lever.", Unit = "USD per slot-year", Min = 0, Max = 1e9, Source = "calibrated; IASP:L45")]
    public double SlotCostUsdPerYear { get; init; } = 30_000;

    [Param("Yearly cost of a partnership with a park abroad added by the partner_parks lever (membership, visits, a liaison's time).", Unit = "USD per partner-year", Min = 0, Max = 1e9, Source = "guessed; IASP:L64–76 (partner networks)")]
    public double PartnershipCostUsdPerYear { get; init; } = 20_000;

    [Param("Monthly cost of internationalisation services added to a park by the internationalisation_services lever.", Unit = "USD/month", Min = 0, Max = 1e9, Source = "calibrated")]
    public double ServicesCostUsdPerMonth { get; init; } = 10_000;

    [Param("Cost of visa support per landing firm, times the visa_support level.", Unit = "USD", Min = 0, Max = 1e9, Source = "calibrated; IASP:L80")]
    public double VisaCostUsd { get; init; } = 5_000;
}
