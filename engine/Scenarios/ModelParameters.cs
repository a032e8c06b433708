namespace ClusterSim.Engine.Scenarios;

/// <summary>
/// Behavioural parameters grouped by mechanism. The seeds give almost no behavioural rates
/// (model-brief §0), so each default here is a modelling assumption marked "calibrated" until
/// pattern-oriented calibration against validation-targets.md replaces it.
/// </summary>
public sealed record ModelParameters
{
    public KnowledgeParameters Knowledge { get; init; } = new();
    public TransferParameters Transfer { get; init; } = new();
    public TieParameters Ties { get; init; } = new();
    public MarketParameters Market { get; init; } = new();
    public LabourParameters Labour { get; init; } = new();
    public EntryParameters Entry { get; init; } = new();
    public ExitParameters Exit { get; init; } = new();
}

public sealed record KnowledgeParameters
{
    [Param("Share of each knowledge field lost per month (obsolescence δ).", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; UN ¶7 L71 (obsolescence)")]
    public double ObsolescencePerMonth { get; init; } = 0.01;

    [Param("Knowledge added to the firm's own field per month per unit of R&D intensity.", Unit = "knowledge units per (month × R&D/revenue)", Min = 0, Max = 1_000, Source = "calibrated; UN ¶39 L166")]
    public double RdYield { get; init; } = 0.5;

    [Param("R&D spend as a share of revenue for a firm of baseline knowledge.", Unit = "share of revenue", Min = 0, Max = 1, Source = "calibrated")]
    public double RdIntensity { get; init; } = 0.02;

    [Param("Elasticity of R&D intensity to the R&D subsidy rate.", Unit = "elasticity", Min = 0, Max = 100, Source = "calibrated")]
    public double RdSubsidyElasticity { get; init; } = 1.5;
}

public sealed record TransferParameters
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
}

public sealed record TieParameters
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
}

public sealed record MarketParameters
{
    [Param("Monthly wage per employee at the reference unemployment rate; sets the price level.", Unit = "USD/month", Min = 0, Max = 1e6, Source = "calibrated")]
    public double WagePerMonth { get; init; } = 2_000;

    [Param("Elasticity of the regional wage to the unemployment rate (the wage curve: w = wage · (u / u_ref)^−ε).", Unit = "elasticity", Min = 0, Max = 5, Source = "Blanchflower & Oswald, The Wage Curve (1994): about 0.1; UN ¶36 L154 (skill scarcity raises wages)")]
    public double WageCurveElasticity { get; init; } = 0.1;

    [Param("Unemployment rate at which the regional wage equals wage_per_month.", Unit = "share 0–1", Min = 0.001, Max = 0.9, Source = "calibrated")]
    public double ReferenceUnemployment { get; init; } = 0.06;

    [Param("Revenue over wage bill for a firm of average productivity.", Unit = "ratio", Min = 0, Max = 100, Source = "calibrated")]
    public double Markup { get; init; } = 1.25;

    [Param("Elasticity of productivity to log(1 + knowledge level).", Unit = "elasticity", Min = 0, Max = 10, Source = "calibrated; WB:L48")]
    public double KnowledgeElasticity { get; init; } = 0.5;

    [Param("Fixed cost per firm per month.", Unit = "USD/month", Min = 0, Max = 1e9, Source = "calibrated")]
    public double FixedCostPerMonth { get; init; } = 300;

    [Param("Persistence of the firm's demand shock (AR(1) ρ).", Unit = "AR(1) coefficient", Min = 0, Max = 0.9999, Source = "calibrated")]
    public double ShockPersistence { get; init; } = 0.9;

    [Param("Standard deviation of the monthly demand-shock innovation.", Unit = "log points", Min = 0, Max = 5, Source = "calibrated")]
    public double ShockSd { get; init; } = 0.1;

    [Param("Change of target size per month per unit of profit margin.", Unit = "1/month", Min = 0, Max = 10, Source = "calibrated")]
    public double GrowthResponse { get; init; } = 0.05;
}

public sealed record LabourParameters
{
    [Param("Chance per month that an employee quits into unemployment.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; validation-targets E5")]
    public double QuitRatePerMonth { get; init; } = 0.008;

    [Param("Chance per month that an unemployed person applies to a firm with vacancies.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double SearchRatePerMonth { get; init; } = 0.5;
}

public sealed record EntryParameters
{
    [Param("Chance per month that an unemployed person founds a firm, at opportunity 1 (regional entrepreneurship).", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; TSER ¶27 L57")]
    public double EntrepreneurshipPerMonth { get; init; } = 0.01;

    [Param("Starting cash of a firm, in months of its costs (wage bill plus fixed cost).", Unit = "months", Min = 0, Max = 1_000, Source = "calibrated")]
    public double InitialCashMonths { get; init; } = 6;

    [Param("Knowledge of a new firm in its field, relative to the founder's field mean.", Unit = "share", Min = 0, Max = 10, Source = "calibrated")]
    public double InheritedKnowledgeShare { get; init; } = 0.8;
}

public sealed record ExitParameters
{
    [Param("Consecutive months of losses after which a firm exits even with cash left.", Unit = "months", Min = 1, Max = 1_000, Source = "calibrated")]
    public int LossMonthsToExit { get; init; } = 18;
}
