using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Market;

/// <summary>Parameters of the market: productivity, demand, prices, the wage curve, costs and growth. The <c>parameters.market</c> section.</summary>
[ParameterSection("market", Order = 6)]
internal sealed record MarketParameters
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
    public double KnowledgeElasticity { get; init; } = 0.3;

    [Param("Fixed cost per firm per month.", Unit = "USD/month", Min = 0, Max = 1e9, Source = "calibrated")]
    public double FixedCostPerMonth { get; init; } = 300;

    [Param("Persistence of the firm's demand shock (AR(1) ρ).", Unit = "AR(1) coefficient", Min = 0, Max = 0.9999, Source = "calibrated")]
    public double ShockPersistence { get; init; } = 0.9;

    [Param("Standard deviation of the monthly demand-shock innovation.", Unit = "log points", Min = 0, Max = 5, Source = "calibrated")]
    public double ShockSd { get; init; } = 0.1;

    [Param("Yearly growth of the reference wage (a wage path); prices follow it only as far as each road passes it on, so a rising path squeezes margins, most for the low road.", Unit = "1/year", Min = -0.5, Max = 1, Source = "UN ¶23 L116, ¶36 L154 (SF17); scenario input")]
    public double WageTrendPerYear { get; init; }

    [Param("Tax on positive profits; park tax privileges forgive part of it.", Unit = "share of profit", Min = 0, Max = 1, Source = "calibrated; UN Box 4 L274")]
    public double ProfitTaxRate { get; init; } = 0.2;

    [Param("Persistence of each field's demand index (AR(1) ρ on log demand).", Unit = "AR(1) coefficient", Min = 0, Max = 0.9999, Source = "calibrated")]
    public double FieldDemandPersistence { get; init; } = 0.98;

    [Param("Standard deviation of the monthly innovation of a field's log demand.", Unit = "log points", Min = 0, Max = 5, Source = "calibrated")]
    public double FieldDemandSd { get; init; } = 0.02;

    [Param("Elasticity of a firm's price to its size above the reference size (downward-sloping demand): revenue per worker ∝ (max(n, n_ref) / n_ref)^−ψ.", Unit = "elasticity", Min = 0, Max = 1, Source = "calibrated; limits firm size as in Lucas (1978) span of control")]
    public double SizeElasticityOfPrice { get; init; } = 0.1;

    [Param("Firm size above which the price falls with size.", Unit = "employees", Min = 1, Max = 1e6, Source = "calibrated")]
    public double ReferenceFirmSize { get; init; } = 50;

    [Param("Change of target size per month per unit of profit margin.", Unit = "1/month", Min = 0, Max = 10, Source = "calibrated")]
    public double GrowthResponse { get; init; } = 0.2;
}
