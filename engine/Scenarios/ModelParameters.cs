namespace ClusterSim.Engine.Scenarios;

/// <summary>
/// Behavioural parameters grouped by mechanism. The seeds give almost no behavioural rates
/// (model-brief §0), so each default here is a modelling assumption marked "calibrated" until
/// pattern-oriented calibration against validation-targets.md replaces it.
/// </summary>
public sealed record ModelParameters
{
    public KnowledgeParameters Knowledge { get; init; } = new();
    public RdParameters Rd { get; init; } = new();
    public TransferParameters Transfer { get; init; } = new();
    public TieParameters Ties { get; init; } = new();
    public InnovationParameters Innovation { get; init; } = new();
    public MarketParameters Market { get; init; } = new();
    public LabourParameters Labour { get; init; } = new();
    public TrainingParameters Training { get; init; } = new();
    public GraduateParameters Graduates { get; init; } = new();
    public SpinoffParameters Spinoffs { get; init; } = new();
    public EntryParameters Entry { get; init; } = new();
    public ExitParameters Exit { get; init; } = new();
    public DemographyParameters Demography { get; init; } = new();
    public ParkParameters Parks { get; init; } = new();
    public IncubationParameters Incubation { get; init; } = new();
    public EventParameters Events { get; init; } = new();
    public FinanceParameters Finance { get; init; } = new();
    public TechnologyImportParameters TechnologyImport { get; init; } = new();
    public FdiParameters Fdi { get; init; } = new();
    public AcquisitionParameters Acquisitions { get; init; } = new();
    public SubcontractingParameters Subcontracting { get; init; } = new();
    public SoftLandingParameters SoftLanding { get; init; } = new();
    public DemandPullParameters DemandPull { get; init; } = new();
    public StrategyParameters Strategy { get; init; } = new();
    public LocationChoiceParameters LocationChoice { get; init; } = new();
}

public sealed record StrategyParameters
{
    [Param("Log-odds of the high road for a firm of absorptive capacity 0: the region's habit of upgrading.", Unit = "log-odds", Min = -50, Max = 50, Source = "UN ¶19 L106; calibrated")]
    public double HighRoadBias { get; init; } = -1;

    [Param("Log-odds of the high road per unit of absorptive capacity: capable firms upgrade.", Unit = "log-odds", Min = -50, Max = 50, Source = "UN ¶23 L116 (lack of technological depth); calibrated")]
    public double HighRoadPerAc { get; init; } = 4;

    [Param("Share of the wage a low-road firm saves by low wages and low standards.", Unit = "share 0–1", Min = 0, Max = 1, Source = "UN ¶19 L106 (cut-throat low-wage measures); calibrated")]
    public double LowRoadWageDiscount { get; init; } = 0.1;

    [Param("Chance per month that a low-road firm relocates out of the region, per unit of log wage rise over the reference wage.", Unit = "1/month", Min = 0, Max = 10, Source = "UN ¶23 L116 (Hong Kong: relocation under rising labour costs); calibrated")]
    public double RelocationPerWageRise { get; init; } = 0.05;

    [Param("Share of the wage path's rise a high-road firm passes on in its prices: its differentiated products sell in markets whose competitors face the same rising costs.", Unit = "share 0–1", Min = 0, Max = 1, Source = "UN ¶19 L106, ¶23 L116 (SF17: high-road clusters sustain under wage pressure); guessed")]
    public double HighRoadPassThrough { get; init; } = 0.9;

    [Param("Share of the wage path's rise a low-road firm passes on in its prices: its standard products are priced by low-wage competitors outside the region.", Unit = "share 0–1", Min = 0, Max = 1, Source = "UN ¶19 L106 (competing on low wages), ¶23 L116; guessed")]
    public double LowRoadPassThrough { get; init; } = 0;
}

public sealed record LocationChoiceParameters
{
    [Param("Weight of incentives (rent below the market, tax forgiven) in a park's attraction.", Unit = "weight", Min = 0, Max = 100, Source = "WB:L757–759 (survey ranks incentives first; SF23)")]
    public double IncentivesWeight { get; init; } = 1;

    [Param("Weight of the regional business climate in a park's attraction.", Unit = "weight", Min = 0, Max = 100, Source = "WB:L757–759 (macro conditions second)")]
    public double MacroWeight { get; init; } = 0.8;

    [Param("Weight of infrastructure (spare power) in a park's attraction.", Unit = "weight", Min = 0, Max = 100, Source = "WB:L757–759")]
    public double InfrastructureWeight { get; init; } = 0.7;

    [Param("Weight of labour access (the region's unemployment relative to the reference) in a park's attraction.", Unit = "weight", Min = 0, Max = 100, Source = "WB:L757–759")]
    public double LabourWeight { get; init; } = 0.6;

    [Param("Weight of co-location (the park's occupancy) in a park's attraction.", Unit = "weight", Min = 0, Max = 100, Source = "WB:L757–759 (co-location ranked low)")]
    public double ColocationWeight { get; init; } = 0.2;

    [Param("Weight of research links (a host institution) in a park's attraction.", Unit = "weight", Min = 0, Max = 100, Source = "WB:L757–759 (research linkage ranked low)")]
    public double ResearchWeight { get; init; } = 0.15;
}

public sealed record DemandPullParameters
{
    [Param("Rise of the region's demand for technology services per unit of the procurement_programme lever; the demand index (1 without procurement) multiplies firms' uptake of park and institution services.", Unit = "per share of purchases", Min = 0, Max = 1_000, Source = "WB:L215, L234, L539 (demand is missing); brief M18; calibrated")]
    public double ProcurementElasticity { get; init; } = 20;

    [Param("Revenue uplift of an innovative SME or NTBF per unit of the procurement_programme lever (the state and large firms as clients).", Unit = "per share of purchases", Min = 0, Max = 1_000, Source = "WB:L318; calibrated")]
    public double ProcurementRevenueEffect { get; init; } = 2;
}

public sealed record SoftLandingParameters
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

    [Param("Extra revenue per unit of export share (foreign demand on top of regional demand).", Unit = "share of revenue", Min = 0, Max = 10, Source = "calibrated")]
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

public sealed record FdiParameters
{
    [Param("New multinational affiliates a year setting up in the region without incentives (mobile investment is scarce and contested, WB:L307).", Unit = "affiliates per year", Min = 0, Max = 1_000, Source = "WB:L307; scenario input")]
    public double AffiliatesPerYear { get; init; }

    [Param("Affiliates a year the fdi_incentives lever draws per unit of incentive (share of an affiliate's set-up cost the state pays).", Unit = "affiliates per year per unit of incentive", Min = 0, Max = 1_000, Source = "UN ¶29 L130, ¶65 L302; calibrated")]
    public double IncentiveElasticity { get; init; } = 2;

    [Param("Growth multiplier of a new affiliate while its margin is positive (it sets out to reach scale).", Unit = "factor", Min = 0, Max = 100, Source = "calibrated")]
    public double GrowthMultiplier { get; init; } = 5;

    [Param("Set-up cost of an affiliate; the fdi_incentives lever pays its share.", Unit = "USD", Min = 0, Max = 1e11, Source = "calibrated")]
    public double SetupCostUsd { get; init; } = 2_000_000;
}

public sealed record AcquisitionParameters
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

public sealed record SubcontractingParameters
{
    [Param("Chance per month that a firm a multinational buys from starts supplying simple components.", Unit = "1/month", Min = 0, Max = 1, Source = "UN ¶14 L88, ¶31 L136; calibrated")]
    public double EntryRatePerMonth { get; init; } = 0.1;

    [Param("Absorptive capacity needed for each rung above simple components: OEM, ODM, own brand.", Unit = "0–1", Min = 0, Max = 1, Source = "UN ¶31 L136 (depth depends on supplier AC); calibrated")]
    public double OemMinAc { get; init; } = 0.6;

    [Param("Absorptive capacity needed for original design manufacturing.", Unit = "0–1", Min = 0, Max = 1, Source = "UN ¶14 L88–92; calibrated")]
    public double OdmMinAc { get; init; } = 0.75;

    [Param("Chance per month of climbing from simple components to OEM when capable.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double OemRatePerMonth { get; init; } = 0.03;

    [Param("Chance per month of climbing from OEM to ODM when capable: rare (\"in a very few instances\").", Unit = "1/month", Min = 0, Max = 1, Source = "UN ¶14 L88")]
    public double OdmRatePerMonth { get; init; } = 0.003;

    [Param("Chance per month that an ODM firm with the cash launches its own brand.", Unit = "1/month", Min = 0, Max = 1, Source = "UN ¶14 L92 (OBM needs marketing and distribution); calibrated")]
    public double ObmRatePerMonth { get; init; } = 0.005;

    [Param("Cash an own brand needs, in months of revenue (marketing and distribution).", Unit = "months of revenue", Min = 0, Max = 120, Source = "UN ¶14 L92; calibrated")]
    public double ObmInvestmentMonths { get; init; } = 6;

    [Param("Factor on learning from a multinational customer, per rung (simple, OEM, ODM and own brand add this much each).", Unit = "factor per rung", Min = 0, Max = 10, Source = "UN ¶14 L88 (greater and more complex transfers); calibrated")]
    public double TransferPerRung { get; init; } = 0.5;

    [Param("Log-odds taken off the R&D decision of a captive supplier (simple components or OEM).", Unit = "log-odds", Min = 0, Max = 20, Source = "UN ¶15 L94 (may delay in-house R&D; SF14)")]
    public double CaptiveRdPenalty { get; init; } = 1;

    [Param("Revenue premium of an own brand.", Unit = "share of revenue", Min = 0, Max = 10, Source = "calibrated")]
    public double ObmPremium { get; init; } = 0.1;
}

public sealed record TechnologyImportParameters
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

    [Param("Price of imported machines, in months of the buyer's revenue.", Unit = "months of revenue", Min = 0, Max = 120, Source = "calibrated")]
    public double MachineCostMonths { get; init; } = 0.5;

    [Param("Licence fee, in months of the licensee's revenue.", Unit = "months of revenue", Min = 0, Max = 120, Source = "calibrated; UN ¶25 L120")]
    public double LicenceFeeMonths { get; init; } = 0.5;
}

public sealed record FinanceParameters
{
    [Param("Months of wages a firm must hold in cash for each worker it adds: without finance a firm cannot grow past its cash.", Unit = "months", Min = 0, Max = 120, Source = "brief M12 (funding lifts cash constraints); UN ¶68 L314")]
    public double HiringCashMonths { get; init; } = 3;

    [Param("A firm also needs money when its cash covers fewer than this many months of its wage bill and fixed cost.", Unit = "months", Min = 0, Max = 120, Source = "brief M12 (funding raises survival); calibrated")]
    public double NeedCashMonths { get; init; } = 3;

    [Param("Chance per month that a firm in need of money meets a fund, for a firm outside the parks or a fund with no park integration.", Unit = "1/month", Min = 0, Max = 1, Source = "WB:L372 (weak deal flow); calibrated")]
    public double DealRatePerMonth { get; init; } = 0.2;

    [Param("Lowest investment readiness a seed or venture fund invests at (readiness mixes commercial signal and merit).", Unit = "score 0–1", Min = 0, Max = 1, Source = "WB:L386 (readiness raises the chances); calibrated")]
    public double ReadinessThreshold { get; init; } = 0.5;

    [Param("Oldest firm a seed fund invests in.", Unit = "months", Min = 0, Max = 1_200, Source = "brief §3.2 (seed and start-up stages)")]
    public int SeedMaxAgeMonths { get; init; } = 36;

    [Param("Months of revenue a bank accepts as collateral for a loan.", Unit = "months", Min = 0, Max = 120, Source = "WB:L465 (banks require collateral); calibrated")]
    public double CollateralMonths { get; init; } = 2;

    [Param("Months over which a bank loan is repaid.", Unit = "months", Min = 1, Max = 600, Source = "calibrated")]
    public int LoanTermMonths { get; init; } = 36;
}

public sealed record IncubationParameters
{
    [Param("Ideas a bic_incubator receives a month at visibility 1 (from faculty, employees, students and outsiders).", Unit = "ideas/month", Min = 0, Max = 10_000, Source = "WB:L458, L895–896 (scouting, workshops); calibrated")]
    public double IdeasPerMonth { get; init; } = 3;

    [Param("Effect of an incubated firm's commercial merit on its revenue: revenue × (1 + m·(merit − ½)).", Unit = "share of revenue", Min = 0, Max = 10, Source = "brief M8 (true success is driven mainly by commercial merit); calibrated")]
    public double MeritEffect { get; init; } = 0.4;

    [Param("Seed money an incubatee receives on entering the incubator.", Unit = "USD", Min = 0, Max = 1e9, Source = "WB:L465, L467 (seed and start-up funds); calibrated")]
    public double SeedMoneyUsd { get; init; } = 20_000;

    [Param("Share of its fixed cost an incubatee is spared by mentoring and easy-in space.", Unit = "share 0–1", Min = 0, Max = 1, Source = "WB:L465, L467; calibrated")]
    public double MentoringCostReduction { get; init; } = 0.5;

    [Param("Employees at which an incubatee graduates early.", Unit = "employees", Min = 1, Max = 1_000_000, Source = "brief M8 (revenue or employment threshold); calibrated")]
    public int GraduationEmployees { get; init; } = 10;

    [Param("Share of the park's service uplift a graduate keeps during aftercare.", Unit = "share 0–1", Min = 0, Max = 1, Source = "WB:L467; calibrated")]
    public double AftercareShare { get; init; } = 0.5;

    [Param("Monthly cost of an incubation slot added by the incubator_capacity lever.", Unit = "USD/month", Min = 0, Max = 1e9, Source = "calibrated; WB:L921–928 (programme budgets)")]
    public double SlotCostUsdPerMonth { get; init; } = 2_000;
}

public sealed record EventParameters
{
    [Param("Firms of the locality attending an event.", Unit = "firms", Min = 2, Max = 10_000, Source = "calibrated; WB:L479")]
    public int Attendees { get; init; } = 20;

    [Param("Chance that two attendees who meet form a collaboration tie.", Unit = "share 0–1", Min = 0, Max = 1, Source = "calibrated; brief M10 (events create meeting opportunities)")]
    public double TieProbability { get; init; } = 0.3;

    [Param("Visibility a park gains from an event.", Unit = "visibility", Min = 0, Max = 10, Source = "calibrated; WB:L195 (footfall)")]
    public double VisibilityPerEvent { get; init; } = 0.1;

    [Param("Cost of an event added by the brokerage_events lever.", Unit = "USD", Min = 0, Max = 1e9, Source = "calibrated")]
    public double CostUsd { get; init; } = 10_000;
}

public sealed record ParkParameters
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

public sealed record KnowledgeParameters
{
    [Param("Share of each knowledge field lost per month (obsolescence δ).", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; UN ¶7 L71 (obsolescence)")]
    public double ObsolescencePerMonth { get; init; } = 0.01;

    [Param("Knowledge added to the firm's own field per month per unit of R&D intensity.", Unit = "knowledge units per (month × R&D/revenue)", Min = 0, Max = 1_000, Source = "calibrated; UN ¶39 L166")]
    public double RdYield { get; init; } = 0.5;

    [Param("R&D spend as a share of revenue for a firm of baseline knowledge.", Unit = "share of revenue", Min = 0, Max = 1, Source = "calibrated")]
    public double RdIntensity { get; init; } = 0.02;

    [Param("Knowledge an institution adds per month per million USD of annual research budget, spread over its fields.", Unit = "knowledge units per (month × MUSD/year)", Min = 0, Max = 1_000, Source = "calibrated; brief §1.4")]
    public double InstitutionResearchYield { get; init; } = 0.005;

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

public sealed record RdParameters
{
    [Param("Months between a firm's reviews of whether to do R&D.", Unit = "months", Min = 1, Max = 600, Source = "modelling choice (annual budgeting)")]
    public int ReviewMonths { get; init; } = 12;

    [Param("Logit intercept of the probability of doing R&D.", Unit = "log-odds", Min = -50, Max = 50, Source = "calibrated; validation-targets E8")]
    public double LogitIntercept { get; init; } = -4;

    [Param("Logit slope on log employees: larger firms do R&D more often.", Unit = "log-odds per log employee", Min = -10, Max = 10, Source = "Cohen, Levin & Mowery (1987); validation-targets E8")]
    public double LogitSize { get; init; } = 0.8;

    [Param("Logit slope on the knowledge level.", Unit = "log-odds per knowledge unit", Min = -10, Max = 10, Source = "calibrated; UN ¶41 L172")]
    public double LogitKnowledge { get; init; } = 0.1;

    [Param("Logit shift for firms in high-tech fields.", Unit = "log-odds", Min = -10, Max = 10, Source = "calibrated; TSER ¶28 L61")]
    public double LogitHighTech { get; init; } = 1;

    [Param("R&D intensity multiplier of R&D-focused NTBFs.", Unit = "factor", Min = 0, Max = 100, Source = "WB:L611 (R&D-focused NTBFs); calibrated")]
    public double RdFocusedIntensityMultiplier { get; init; } = 5;

    [Param("R&D intensity multiplier of high-tech service NTBFs.", Unit = "factor", Min = 0, Max = 100, Source = "TSER ¶5 L12–14; calibrated")]
    public double HighTechServicesIntensityMultiplier { get; init; } = 2;
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

public sealed record InnovationParameters
{
    [Param("Innovation events per month per knowledge unit of recent inflow, for a firm of one employee.", Unit = "events per (month × knowledge unit)", Min = 0, Max = 1_000, Source = "calibrated; validation-targets E6, E10")]
    public double RatePerKnowledgeInflow { get; init; } = 0.03;

    [Param("Elasticity of the innovation rate to firm size.", Unit = "elasticity", Min = 0, Max = 2, Source = "calibrated; validation-targets E6")]
    public double SizeElasticity { get; init; } = 0.4;

    [Param("Mean age of the knowledge inflows that can still trigger an innovation.", Unit = "months", Min = 1, Max = 600, Source = "calibrated")]
    public double InflowMemoryMonths { get; init; } = 12;

    [Param("Chance that an innovation of an R&D performer at AC 1 is original.", Unit = "share 0–1", Min = 0, Max = 1, Source = "UN ¶39 L166 (creation needs own R&D); calibrated")]
    public double OriginalPropensity { get; init; } = 0.5;

    [Param("Share of innovations that are product (the rest process) innovations.", Unit = "share 0–1", Min = 0, Max = 1, Source = "WB:L739–741; calibrated")]
    public double ProductShare { get; init; } = 0.6;

    [Param("Productivity gained from an adopted innovation.", Unit = "share", Min = 0, Max = 10, Source = "calibrated")]
    public double BonusAdopted { get; init; } = 0.005;

    [Param("Productivity gained from an adapted innovation.", Unit = "share", Min = 0, Max = 10, Source = "calibrated")]
    public double BonusAdapted { get; init; } = 0.01;

    [Param("Productivity gained from an original innovation.", Unit = "share", Min = 0, Max = 10, Source = "calibrated")]
    public double BonusOriginal { get; init; } = 0.03;
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

public sealed record LabourParameters
{
    [Param("Chance per month that an employee quits into unemployment.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; validation-targets E5")]
    public double QuitRatePerMonth { get; init; } = 0.008;

    [Param("Chance per month that an unemployed person applies to a firm with vacancies.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double SearchRatePerMonth { get; init; } = 0.5;

    [Param("Chance per month that an employed person applies for another job.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; validation-targets E5 (6–15 % change employer per year)")]
    public double OnTheJobSearchRatePerMonth { get; init; } = 0.03;

    [Param("Share of the gap between a mover's expertise and the hiring firm's knowledge in that field that the firm gains, at AC 1, for a firm of one employee (divided by √employees).", Unit = "share 0–1", Min = 0, Max = 1, Source = "TSER ¶29 L62 (mobility as collective learning); calibrated")]
    public double CarriedKnowledgeShare { get; init; } = 0.3;

    [Param("Share of the gap to the employer's knowledge in their field that a worker learns per month.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double OnTheJobLearningPerMonth { get; init; } = 0.03;

    [Param("Weight of the collaboration tie a job-to-job move creates from the new employer to the old one (social proximity: a shared employee).", Unit = "weight", Min = 0, Max = 1, Source = "brief M6 (a weak tie forms between old and new employer), M3 (social proximity)")]
    public double MobilityTieWeight { get; init; } = 0.5;

    [Param("Expertise lost per month while unemployed.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double UnemployedExpertiseDecayPerMonth { get; init; } = 0.01;
}

public sealed record TrainingParameters
{
    [Param("Training spend of large firms and multinational affiliates as a share of the wage bill.", Unit = "share of wage bill", Min = 0, Max = 1, Source = "UN ¶49–50 L220–226 (SMEs under-train); calibrated")]
    public double LargeFirmShareOfWageBill { get; init; } = 0.02;

    [Param("Training spend of SMEs and NTBFs as a share of the wage bill.", Unit = "share of wage bill", Min = 0, Max = 1, Source = "UN ¶49 L220; calibrated")]
    public double SmallFirmShareOfWageBill { get; init; } = 0.005;

    [Param("Extra on-the-job learning per unit of training share, for a worker of skill 1.", Unit = "factor per share of wage bill", Min = 0, Max = 10_000, Source = "UN ¶45 L192, ¶47 L196; calibrated")]
    public double LearningBoost { get; init; } = 50;

    [Param("Elasticity of the training share to the training_grant rate.", Unit = "elasticity", Min = 0, Max = 100, Source = "calibrated; UN Box 3 L242–246")]
    public double GrantElasticity { get; init; } = 2;

    [Param("Share of its levy a levied firm spends on training to win it back; the rest it pays (SMEs under-claim, UN Box 3 L246).", Unit = "share 0–1", Min = 0, Max = 1, Source = "calibrated; UN Box 3 L242–250")]
    public double LevyUptake { get; init; } = 0.7;

    [Param("Human capital a firm builds per month per unit of training share (M7: productivity uplift κ·ΔH).", Unit = "per (month × share of wage bill)", Min = 0, Max = 1_000, Source = "UN ¶45 L192 (training raises productivity); calibrated")]
    public double HumanCapitalYield { get; init; } = 0.1;

    [Param("Human capital lost per month, by obsolescence and by trained staff leaving.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; UN ¶49 L220 (appropriation risk)")]
    public double HumanCapitalDecayPerMonth { get; init; } = 0.02;

    [Param("Smallest firm the training_levy applies to.", Unit = "employees", Min = 1, Max = 1_000_000, Source = "UN Box 3 L250 (Korea: medium and large firms)")]
    public int LevyMinEmployees { get; init; } = 50;

    [Param("Factor on the training boost in high-tech fields.", Unit = "factor", Min = 0, Max = 100, Source = "UN ¶46 L194 (high tech gains more from training)")]
    public double HighTechMultiplier { get; init; } = 1.5;
}

public sealed record GraduateParameters
{
    [Param("Calendar month in which graduates enter the labour market.", Unit = "month 1–12", Min = 1, Max = 12, Source = "modelling choice")]
    public int GraduationMonth { get; init; } = 7;

    [Param("Age of a new graduate.", Unit = "years", Min = 14, Max = 60, Source = "modelling choice")]
    public double AgeYears { get; init; } = 23;

    [Param("Graduate's expertise as a share of the university's knowledge in the field.", Unit = "share", Min = 0, Max = 10, Source = "TSER ¶15 L34; calibrated")]
    public double ExpertiseShare { get; init; } = 0.5;
}

public sealed record SpinoffParameters
{
    [Param("Chance per month that a university researcher founds a spin-off, at reference expertise and entrepreneurship 1.", Unit = "1/month", Min = 0, Max = 1, Source = "TSER ¶14 L33 (~17 % of high-tech SMEs); calibrated")]
    public double UniversityRatePerMonth { get; init; } = 0.0015;

    [Param("Chance per month that a research-institute researcher founds a spin-off.", Unit = "1/month", Min = 0, Max = 1, Source = "TSER ¶27 L57; calibrated")]
    public double ResearchInstituteRatePerMonth { get; init; } = 0.001;

    [Param("Chance per month that an employee of a large firm founds a spin-off.", Unit = "1/month", Min = 0, Max = 1, Source = "TSER ¶20 L47 (large firms train entrepreneurs); calibrated")]
    public double CorporateRatePerMonth { get; init; } = 0.00005;

    [Param("Chance per month that an employee of an SME or NTBF founds a spin-off.", Unit = "1/month", Min = 0, Max = 1, Source = "TSER ¶27 L57; calibrated")]
    public double SmeRatePerMonth { get; init; } = 0.00005;

    [Param("Elasticity of the founding hazard to the founder's expertise relative to the field mean.", Unit = "elasticity", Min = 0, Max = 10, Source = "brief M5 (embodied expertise, TSER ¶24 L54)")]
    public double ExpertiseElasticity { get; init; } = 1;

    [Param("Share of the founder's expertise the spin-off starts with in its field.", Unit = "share", Min = 0, Max = 10, Source = "brief M5 (θ); calibrated")]
    public double FounderKnowledgeShare { get; init; } = 0.6;

    [Param("Share of the parent's knowledge vector the spin-off starts with.", Unit = "share", Min = 0, Max = 10, Source = "brief M5 (θ); calibrated")]
    public double ParentKnowledgeShare { get; init; } = 0.3;

    [Param("Chance that a spin-off locates in its parent's locality.", Unit = "share 0–1", Min = 0, Max = 1, Source = "TSER ¶27 L57 (highly localised)")]
    public double LocalShare { get; init; } = 0.9;

    [Param("Starting weight of the tie between a spin-off and its parent.", Unit = "weight", Min = 0, Max = 1, Source = "TSER ¶23 L50")]
    public double ParentTieWeight { get; init; } = 1;

    [Param("Growth multiplier of corporate spin-offs relative to other firms.", Unit = "factor", Min = 0, Max = 10, Source = "TSER ¶20 L47 (corporate spin-offs grow faster)")]
    public double CorporateGrowthMultiplier { get; init; } = 1.5;
}

public sealed record EntryParameters
{
    [Param("Chance per month that an unemployed person founds a firm, at opportunity 1 (regional entrepreneurship).", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; TSER ¶27 L57")]
    public double EntrepreneurshipPerMonth { get; init; } = 0.0045;

    [Param("Largest entry opportunity of a field, relative to a field with a normal margin.", Unit = "factor", Min = 0, Max = 100, Source = "calibrated")]
    public double OpportunityCap { get; init; } = 3;

    [Param("Starting cash of a firm, in months of its costs (wage bill plus fixed cost).", Unit = "months", Min = 0, Max = 1_000, Source = "calibrated")]
    public double InitialCashMonths { get; init; } = 6;

    [Param("Knowledge of a de novo firm as a share of the mean knowledge vector of its field's firms.", Unit = "share", Min = 0, Max = 10, Source = "calibrated")]
    public double InheritedKnowledgeShare { get; init; } = 0.8;
}

public sealed record ExitParameters
{
    [Param("Consecutive months of losses after which a firm exits even with cash left.", Unit = "months", Min = 1, Max = 1_000, Source = "calibrated")]
    public int LossMonthsToExit { get; init; } = 18;
}

public sealed record DemographyParameters
{
    [Param("Age from which people may retire.", Unit = "years", Min = 30, Max = 90, Source = "modelling choice")]
    public double RetirementAgeYears { get; init; } = 60;

    [Param("Age at which everyone still in the labour force retires.", Unit = "years", Min = 30, Max = 100, Source = "modelling choice")]
    public double MandatoryRetirementAgeYears { get; init; } = 67;

    [Param("Chance per month of retiring between the two ages.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double RetirementHazardPerMonth { get; init; } = 0.02;

    [Param("Chance per month that a person leaves the region.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double EmigrationRatePerMonth { get; init; } = 0.001;

    [Param("Immigrants per month per 1,000 residents.", Key = "immigrants_per_1000_per_month", Unit = "persons per 1,000 per month", Min = 0, Max = 1_000, Source = "calibrated")]
    public double ImmigrantsPer1000PerMonth { get; init; } = 2.1;

    [Param("Youngest age of an immigrant (ages uniform to the oldest).", Unit = "years", Min = 14, Max = 90, Source = "modelling choice")]
    public double ImmigrantMinAgeYears { get; init; } = 22;

    [Param("Oldest age of an immigrant.", Unit = "years", Min = 14, Max = 90, Source = "modelling choice")]
    public double ImmigrantMaxAgeYears { get; init; } = 45;
}
