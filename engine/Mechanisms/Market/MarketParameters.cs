using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Market;

/// <summary>Parameters of the market: productivity, demand inside and outside the region, trade, the wage curve, costs and growth. The <c>parameters.market</c> section.</summary>
[ParameterSection("market", Order = 6)]
internal sealed record MarketParameters
{
    [Param("Monthly wage of a locality of wage level 1 at the reference unemployment rate and price level 1, and the outside wage at the start; sets the price level.", Unit = "USD/month", Min = 0, Max = 1e6, Source = "calibrated")]
    public double WagePerMonth { get; init; } = 2_000;

    [Param("Elasticity of a locality's wage level to its unemployment rate (the wage curve: W = wage · level · (u / u_ref)^−ε).", Unit = "elasticity", Min = 0, Max = 5, Source = "Blanchflower & Oswald, The Wage Curve (1994): about 0.1; UN ¶36 L154 (skill scarcity raises wages)")]
    public double WageCurveElasticity { get; init; } = 0.1;

    [Param("Unemployment rate at which a locality's wage level equals wage_per_month × its level.", Unit = "share 0–1", Min = 0.001, Max = 0.9, Source = "calibrated")]
    public double ReferenceUnemployment { get; init; } = 0.06;

    [Param("Value added over wage bill for a firm of average productivity at the start (sets the margin of the starting economy, whose demand is scaled to it).", Unit = "ratio", Min = 0, Max = 100, Source = "calibrated")]
    public double Markup { get; init; } = 1.25;

    [Param("Elasticity of productivity to log(1 + knowledge level).", Unit = "elasticity", Min = 0, Max = 10, Source = "calibrated; WB:L48")]
    public double KnowledgeElasticity { get; init; } = 0.3;

    [Param("Fixed cost per firm per month.", Unit = "USD/month", Min = 0, Max = 1e9, Source = "calibrated")]
    public double FixedCostPerMonth { get; init; } = 300;

    [Param("Persistence of the firm's demand shock (AR(1) ρ).", Unit = "AR(1) coefficient", Min = 0, Max = 0.9999, Source = "calibrated")]
    public double ShockPersistence { get; init; } = 0.9;

    [Param("Standard deviation of the monthly demand-shock innovation.", Unit = "log points", Min = 0, Max = 5, Source = "calibrated")]
    public double ShockSd { get; init; } = 0.1;

    [Param("Persistence of the firm's idiosyncratic log productivity shock (AR(1) ρ, monthly).", Unit = "AR(1) coefficient", Min = 0, Max = 0.9999, Source = "assumed; about 0.8 a year (0.98 a month) for plant TFP in Foster, Haltiwanger & Syverson (2008, AER 98:394)")]
    public double ProductivityShockPersistence { get; init; } = 0.98;

    [Param("Standard deviation of the monthly innovation of a firm's log productivity shock (stationary sd = sd / √(1 − ρ²), 0.1 at the defaults).", Unit = "log points", Min = 0, Max = 5, Source = "assumed")]
    public double ProductivityShockSd { get; init; } = 0.02;

    [Param("Yearly growth of the outside wage (the outside wage path): what a worker earns outside the region, which the reservation wage (labour.reservation_wage_share) and migration compare with; it does not move the prices the region's firms compete at (market.price_trend_per_year).", Unit = "1/year", Min = -0.5, Max = 1, Source = "UN ¶23 L116, ¶36 L154 (SF17); scenario input")]
    public double WageTrendPerYear { get; init; }

    [Param("Yearly growth of the outside price level: the competitor's and imports' prices, the autonomous demand and the wage levels of the localities follow it.", Unit = "1/year", Min = -0.5, Max = 1, Source = "scenario input")]
    public double PriceTrendPerYear { get; init; }

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

    [Param("Inputs (materials, parts, services) a firm uses, as a share of its sales, paid for the month after: value added = sales − inputs.", Unit = "share of sales", Min = 0, Max = 0.95, Source = "assumed; intermediate inputs are roughly 40–60 % of gross output in manufacturing input-output tables (OECD)")]
    public double InputShare { get; init; } = 0.4;

    [Param("Share of its purchases a firm buys from each local supplier it has a supplier tie with; the rest goes to the regional market, where local firms compete with imports.", Unit = "share per tie", Min = 0, Max = 1, Source = "assumed; brief M13 (local sourcing of multinationals), TSER ¶17 L40 (close vertical links)")]
    public double LocalSourcingPerSupplierTie { get; init; } = 0.05;

    [Param("Most of its purchases a firm buys on its supplier ties, however many it has.", Unit = "share 0–1", Min = 0, Max = 1, Source = "assumed")]
    public double MaxLocalSourcing { get; init; } = 0.5;

    [Param("Share of last month's regional wage bill households spend on goods (of the region's firms or imported); the rest is saved, taxed or spent on what the model has no firms for.", Unit = "share 0–1", Min = 0, Max = 1, Source = "assumed (a consumption share of household income)")]
    public double ConsumptionShare { get; init; } = 0.8;

    [Param("Imported share of what the region buys in its market at the start.", Unit = "share 0–1", Min = 0.001, Max = 0.999, Source = "assumed; a small open region (UN ¶7 L71: upgrading decides market share against outside competitors)")]
    public double ImportShare { get; init; } = 0.25;

    [Param("Elasticity of substitution between the region's goods and outside goods (Armington): how strongly the import share and exports respond to the region's price against the outside competitor's; above 1, a region whose productivity rises sells more in value.", Unit = "elasticity", Min = 0.1, Max = 20, Source = "assumed; Armington elasticities of about 2–4 in trade models (Hertel et al. 2007, J. Econ. Integration 22)")]
    public double TradeElasticity { get; init; } = 2;

    [Param("Productivity of the external competitor (imports in the region's market, rivals in export markets) at the start, relative to the region's competitiveness-weighted mean: it sets the outside price against which the region's exports compete.", Unit = "ratio", Min = 0.01, Max = 100, Source = "scenario input; WB:L40, L48 (Kazakh value added per worker about half the EU8's)")]
    public double ExternalRelativeProductivity { get; init; } = 1;

    [Param("Yearly productivity growth of the external competitor: the pace the region must keep to hold its market shares (market_events add steps).", Unit = "1/year", Min = -0.5, Max = 1, Source = "assumed; about the growth of manufacturing labour productivity in OECD economies since the 1990s (OECD Productivity Statistics); UN ¶7 L71")]
    public double ExternalProductivityGrowthPerYear { get; init; } = 0.02;
}
