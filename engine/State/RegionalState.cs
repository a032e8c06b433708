namespace ClusterSim.Engine.State;

/// <summary>
/// The region's own variables, which no table row holds: each has one writer, the phase named in
/// <see cref="WrittenByAttribute"/> (the region generator sets the starting values; a test holds the sources
/// to it), and any phase may read it, seeing what the writer last wrote. Checkpointed with the tables.
/// </summary>
internal sealed class RegionalState
{
    /// <param name="fields">Knowledge fields of the region.</param>
    /// <param name="stride">Fields padded to the knowledge vector width (the firm table's stride).</param>
    /// <param name="initialKnowledge">Knowledge a field starts with.</param>
    /// <param name="funds">Funds of the region.</param>
    /// <param name="localities">Localities of the region.</param>
    public RegionalState(int fields, int stride, double initialKnowledge, int funds, int localities)
    {
        LocalityWage = new double[localities];
        LocalityUnemployment = new double[localities];
        FieldOpportunity = Enumerable.Repeat(1.0, fields).ToArray();
        FieldKnowledge = new double[fields * stride];
        for (int k = 0; k < fields; k++) FieldKnowledge[k * stride + k] = initialKnowledge;
        FieldExpertise = Enumerable.Repeat(initialKnowledge, fields).ToArray();
        FieldDemand = new double[fields];
        Frontier = new float[stride];
        FundBudgetLeft = new double[funds];
    }

    /// <summary>The mean wage of firm employees at the last market phase (FirmWages).</summary>
    [WrittenBy("produce_and_sell")]
    public double WageUsdPerMonth { get; set; }

    /// <summary>Each locality's wage level W_l this month: the wage curve on its unemployment (FirmWages).</summary>
    [WrittenBy("produce_and_sell")]
    public double[] LocalityWage { get; }

    /// <summary>Each locality's unemployment rate at the last market phase: 1 − its jobs over the people living there.</summary>
    [WrittenBy("produce_and_sell")]
    public double[] LocalityUnemployment { get; }

    /// <summary>The outside wage this month: what a worker earns outside the region (the outside wage path).</summary>
    [WrittenBy("produce_and_sell")]
    public double OutsideWageUsdPerMonth { get; set; }

    /// <summary>The reservation wage this month: below it no one works (FirmWages).</summary>
    [WrittenBy("produce_and_sell")]
    public double ReservationWageUsdPerMonth { get; set; }

    /// <summary>Unemployment rate at the last market phase.</summary>
    [WrittenBy("produce_and_sell")]
    public double Unemployment { get; set; }

    /// <summary>
    /// Demand from outside the modelled firms and households (the public sector, investment, the rest of the regional
    /// economy) at the outside price level 1: scaled once, at the first market phase, so the starting economy sells what
    /// its firms produce; NaN until then.
    /// </summary>
    [WrittenBy("produce_and_sell")]
    public double AutonomousDemandUsd { get; set; } = double.NaN;

    /// <summary>The external competitor's productivity at tick 0 (set at the first market phase from the region's; NaN until then).</summary>
    [WrittenBy("produce_and_sell")]
    public double ExternalProductivityAtStart { get; set; } = double.NaN;

    /// <summary>The wage bill of the last market phase: what households spend from the next month.</summary>
    [WrittenBy("produce_and_sell")]
    public double WageBillUsd { get; set; }

    /// <summary>This month's outside paths (OutsideWorld): price level, outside demand, import price, the external competitor's productivity.</summary>
    [WrittenBy("produce_and_sell")]
    public double OutsidePriceLevel { get; set; } = 1;

    [WrittenBy("produce_and_sell")]
    public double OutsideDemand { get; set; } = 1;

    [WrittenBy("produce_and_sell")]
    public double ImportPrice { get; set; } = 1;

    [WrittenBy("produce_and_sell")]
    public double ExternalProductivity { get; set; } = 1;

    /// <summary>The month's spending in the regional market (households, autonomous demand, firms' purchases off their supplier ties).</summary>
    [WrittenBy("produce_and_sell")]
    public double MarketSpendingUsd { get; set; }

    /// <summary>The weight θ of imports in the regional market's demand, set at the first market phase so the import share starts at import_share (NaN until then).</summary>
    [WrittenBy("produce_and_sell")]
    public double ImportWeight { get; set; } = double.NaN;

    /// <summary>The imported share of the regional market this month.</summary>
    [WrittenBy("produce_and_sell")]
    public double ImportShare { get; set; }

    /// <summary>Entry opportunity per field (1 = a normal margin).</summary>
    [WrittenBy("produce_and_sell")]
    public double[] FieldOpportunity { get; }

    /// <summary>Mean knowledge row (firm stride) of the alive firms of each field.</summary>
    [WrittenBy("produce_and_sell")]
    public double[] FieldKnowledge { get; }

    /// <summary>Log demand index per field (AR(1)).</summary>
    [WrittenBy("produce_and_sell")]
    public double[] FieldDemand { get; }

    /// <summary>Mean expertise of employed people per field.</summary>
    [WrittenBy("learn_on_the_job")]
    public double[] FieldExpertise { get; }

    /// <summary>Knowledge of the world outside the region, per field (padded to the firm stride).</summary>
    [WrittenBy("create_knowledge")]
    public float[] Frontier { get; }

    /// <summary>The 90th percentile of alive firms' knowledge levels at the end of the last tick (at the start, of the generated region).</summary>
    [WrittenBy("rank_knowledge")]
    public double KnowledgeP90 { get; set; }

    /// <summary>Demand for technology services (1 without procurement, M18).</summary>
    [WrittenBy("pull_demand")]
    public double DemandIndex { get; set; } = 1;

    /// <summary>Share of purchases the procurement programme directs to local innovative firms this tick.</summary>
    [WrittenBy("pull_demand")]
    public double ProcurementShare { get; set; }

    /// <summary>What each fund may still place this year, in scenario order.</summary>
    [WrittenBy("finance_firms")]
    public double[] FundBudgetLeft { get; }

    /// <summary>What is left this year of the public seed money of the seed_fund_budget lever.</summary>
    [WrittenBy("finance_firms")]
    public double PublicSeedLeft { get; set; }

    /// <summary>
    /// At the last yearly measurement, among people employed 12 months before and still in the region, the share
    /// whose employer differs (0 until a year has been measured).
    /// </summary>
    [WrittenBy("count_employer_changes")]
    public double EmployerChangeShare { get; set; }
}

/// <summary>Names the one phase that writes a regional variable.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class WrittenByAttribute(string phase) : Attribute
{
    public string Phase { get; } = phase;
}
