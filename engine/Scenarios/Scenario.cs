
namespace ClusterSim.Engine.Scenarios;

/// <summary>
/// A validated, immutable scenario: the region, its agents' starting state, the model's parameters
/// and switches, and the policy levers with their schedules. The engine takes only this and a seed.
/// Section names are a contract: later versions add keys, never rename them.
/// </summary>
[ScenarioSection]
public sealed record Scenario
{
    [Param("Version of the scenario format this file is written for.", Min = 1, Max = 1, Required = true)]
    public int FormatVersion { get; init; } = 1;

    [Param("Short name of the scenario; names the output folder and fills the `scenario` column.", Required = true)]
    public string Name { get; init; } = "";

    [Param("What the scenario represents and the sources it rests on.")]
    public string Description { get; init; } = "";

    [Param("Length, seed and replications of a run.", Required = true)]
    public RunSettings Run { get; init; } = new();

    [Param("The region's geography and technology fields.")]
    public RegionSettings Region { get; init; } = new();

    [Param("People and firms at the start of the run.")]
    public PopulationSettings Population { get; init; } = new();

    [Param("Universities, research institutes and technoparks.")]
    public InstitutionSettings Institutions { get; init; } = new();

    [Param("Behavioural parameters, grouped by mechanism.")]
    public ModelParameters Parameters { get; init; } = new();

    [Param("One switch per mechanism; a mechanism switched off skips its phase.")]
    public MechanismSwitches Mechanisms { get; init; } = new();

    [Param("Policy levers keyed by lever name, each with a value and a schedule.")]
    public IReadOnlyDictionary<string, PolicySchedule> Policies { get; init; } = new SortedDictionary<string, PolicySchedule>(StringComparer.Ordinal);

    [Param("Scheduled changes in the world outside the region, keyed by event (`recession`: outside demand × (1 − value); `liberalisation`: import prices × (1 − value); `competitor`: the external competitor's productivity × (1 + value)), each a list of schedules like a lever's: value while in force, from, until, ramp_months (0 for a shock, more for a phased path).")]
    public IReadOnlyDictionary<string, IReadOnlyList<PolicySchedule>> MarketEvents { get; init; } = new SortedDictionary<string, IReadOnlyList<PolicySchedule>>(StringComparer.Ordinal);

    [Param("What the runner writes besides the indicator table.")]
    public OutputSettings Outputs { get; init; } = new();
}

[ScenarioSection]
public sealed record RunSettings
{
    [Param("Number of monthly ticks to simulate.", Unit = "months", Min = 1, Max = 12_000, Required = true)]
    public int Ticks { get; init; } = 120;

    [Param("Run seed; replication r uses seed + r.", Min = 0, Max = 9_007_199_254_740_992, Required = true)]
    public long Seed { get; init; } = 1;

    /// <summary>The seed of replication <paramref name="replication"/>: seed + r. The one place this rule is written.</summary>
    public long SeedOf(int replication) => unchecked(Seed + replication);

    [Param("Independent replications, numbered from 0.", Min = 1, Max = 10_000)]
    public int Replications { get; init; } = 1;

    [Param("Ticks simulated before indicators are written.", Unit = "months", Min = 0, Max = 12_000)]
    public int BurnInTicks { get; init; }

    [Param("Calendar month of tick 0 (YYYY-MM); gives every table its `date` column.")]
    public YearMonth Start { get; init; } = new(2010, 1);

    [Param("Agents per parallel work item; fixed, so results do not depend on the thread count.", Unit = "agents", Min = 16, Max = 1 << 20)]
    public int ChunkSize { get; init; } = 4096;
}

[ScenarioSection]
public sealed record RegionSettings
{
    [Param("Localities (towns, districts) in the region.", Unit = "localities", Min = 1, Max = 10_000)]
    public int Localities { get; init; } = 4;

    [Param("Technology fields spanned by knowledge vectors.", Unit = "fields", Min = 1, Max = 64)]
    public int Fields { get; init; } = 8;

    [Param("Share of the region's people and firms in each locality, one per locality, adding up to 1; empty for Zipf weights 1/(l+1) (the largest town first). Immigrants, new affiliates and spin-offs that move follow the same shares.", Unit = "shares 0–1", Min = 0, Max = 1, Source = "WB:L567 (relative populations of the candidate regions); Zipf's law for towns by default")]
    public IReadOnlyList<double> LocalityShares { get; init; } = [];

    [Param("Wage level of each locality, one per locality: multiplies its wage (FirmWages); empty for 1 everywhere. Endowments that set it differ by locality (WB:L652 on regional salaries).", Unit = "index (1 = reference)", Min = 0.01, Max = 100, Source = "WB:L652; 1 by default")]
    public IReadOnlyList<double> WageLevels { get; init; } = [];

    [Param("Share of fields that are high-tech; small firms in them are NTBFs.", Unit = "share 0–1", Min = 0, Max = 1, Source = "TSER ¶5 L12–14, ¶28 L61")]
    public double HighTechFieldShare { get; init; } = 0.5;

    /// <summary>How many fields are high-tech: the first round(fields × share), fields 0 to this − 1.</summary>
    public int HighTechFields => (int)Math.Round(Fields * HighTechFieldShare);

    [Param("Regional business climate, 0 (poor) to 1 (good): part of what draws firms to its parks (M21).", Unit = "0–1", Min = 0, Max = 1, Source = "WB:L69 (Doing Business rank 131), L757–759")]
    public double BusinessClimate { get; init; } = 0.5;

    [Param("Regional entrepreneurial culture: multiplies every founding hazard (de novo and spin-off).", Unit = "index (1 = reference)", Min = 0, Max = 100, Source = "brief M5 (g: regional entrepreneurial culture); TSER ¶27 L57")]
    public double Entrepreneurship { get; init; } = 1;
}

[ScenarioSection]
public sealed record PopulationSettings
{
    [Param("Working-age people at the start.", Unit = "persons", Min = 10, Max = 100_000_000)]
    public int People { get; init; } = 100_000;

    [Param("Firms at the start per 1,000 people.", Key = "firms_per_1000_people", Unit = "firms per 1,000 persons", Min = 0.01, Max = 500, Source = "calibrated")]
    public double FirmsPer1000People { get; init; } = 25;

    [Param("Share of people employed at the start.", Unit = "share 0–1", Min = 0, Max = 1, Source = "calibrated")]
    public double EmploymentRate { get; init; } = 0.9;

    [Param("The largest initial firms that are affiliates of multinationals (kind tnc_affiliate).", Unit = "firms", Min = 0, Max = 1_000_000, Source = "brief §1.2")]
    public int TncAffiliates { get; init; }

    [Param("Pareto exponent of the initial firm-size draw (sizes then evolve).", Unit = "exponent", Min = 0.5, Max = 5, Source = "Axtell (2001), validation-targets E1")]
    public double FirmSizeTailExponent { get; init; } = 1.06;

    [Param("Largest initial firm.", Unit = "employees", Min = 1, Max = 1_000_000)]
    public int MaxInitialFirmSize { get; init; } = 2_000;

    [Param("Knowledge of a starting firm in its own field.", Unit = "knowledge units", Min = 0, Max = 1_000)]
    public double InitialKnowledge { get; init; } = 1.0;

    [Param("Youngest age at the start (ages are uniform between the two bounds).", Unit = "years", Min = 14, Max = 80)]
    public double MinAgeYears { get; init; } = 20;

    [Param("Oldest age at the start.", Unit = "years", Min = 14, Max = 80)]
    public double MaxAgeYears { get; init; } = 65;
}

[ScenarioSection]
public sealed record InstitutionSettings
{
    [Param("Universities and public research institutes.")]
    public IReadOnlyList<KnowledgeInstitutionSpec> KnowledgeInstitutions { get; init; } = [];

    [Param("Technoparks and incubators.")]
    public IReadOnlyList<ParkSpec> Parks { get; init; } = [];

    [Param("Seed funds, venture capital funds and banks.")]
    public IReadOnlyList<FundSpec> Funds { get; init; } = [];
}

public enum FundKind { Seed, Venture, Bank }

[ScenarioSection]
public sealed record FundSpec
{
    [Param("Unique name.", Required = true)]
    public string Name { get; init; } = "";

    [Param("seed (young firms), venture (growing NTBFs) or bank (loans against collateral).")]
    public FundKind Kind { get; init; } = FundKind.Seed;

    [Param("Money the fund can place a year.", Unit = "USD per year", Min = 0, Max = 1e12, Source = "WB:L251, L372 (M12)")]
    public double BudgetUsdPerYear { get; init; } = 1_000_000;

    [Param("Size of one investment or loan.", Unit = "USD", Min = 0, Max = 1e10, Source = "brief §3.2 (tickets 25k–1M)")]
    public double TicketUsd { get; init; } = 50_000;

    [Param("How far the fund's deal flow runs through the parks: 0 separate (the Kazakh case) … 1 joint deal flow and co-location.", Unit = "0–1", Min = 0, Max = 1, Source = "WB:L251, L257 (finance.fund_park_integration)")]
    public double ParkIntegration { get; init; } = 0.1;

    [Param("Yearly interest on a bank loan (banks only).", Unit = "share per year", Min = 0, Max = 1, Source = "UN ¶68 L314; calibrated")]
    public double InterestPerYear { get; init; } = 0.12;
}

public enum InstitutionKind { University, ResearchInstitute }

public enum LiaisonMode { Generalist, Tailored }

[ScenarioSection]
public sealed record KnowledgeInstitutionSpec
{
    [Param("Unique name.", Required = true)]
    public string Name { get; init; } = "";

    [Param("university or research_institute.")]
    public InstitutionKind Kind { get; init; } = InstitutionKind.University;

    [Param("Locality index (0-based).", Min = 0, Max = 9_999)]
    public int Locality { get; init; }

    [Param("Research posts, filled by people of the region.", Unit = "persons", Min = 0, Max = 1_000_000)]
    public int Researchers { get; init; } = 200;

    [Param("Graduates entering the regional labour market each year (universities only).", Unit = "persons per year", Min = 0, Max = 1_000_000)]
    public int GraduatesPerYear { get; init; }

    [Param("Research budget; scales the institution's knowledge creation.", Unit = "USD per year", Min = 0, Max = 1e12)]
    public double ResearchBudgetUsdPerYear { get; init; } = 10_000_000;

    [Param("How the institution works with firms.")]
    public LiaisonMode Liaison { get; init; } = LiaisonMode.Generalist;

    [Param("Share of the research budget spent on design and engineering, whose knowledge firms use directly (the rest applied and fundamental research).", Unit = "share 0–1", Min = 0, Max = 1, Source = "WB:L681–683 (Kazakhstan 1.5 %; high-income economies 50–60 %)")]
    public double DesignShare { get; init; } = 0.15;
}

public enum ParkModel { BicIncubator, LandZone, CampusAppliedResearch, RdCentred, IndustrialRestructuring }

public enum ParkServices { InHouse, Partners }

[ScenarioSection]
public sealed record ParkSpec
{
    [Param("Unique name.", Required = true)]
    public string Name { get; init; } = "";

    [Param("Which of the five park models of the seeds (WB §2).")]
    public ParkModel Model { get; init; } = ParkModel.BicIncubator;

    [Param("Locality index (0-based).", Min = 0, Max = 9_999)]
    public int Locality { get; init; }

    [Param("Tenant slots: floor space or plots in units of one tenant firm.", Unit = "firms", Min = 0, Max = 1_000_000)]
    public int CapacityFirms { get; init; } = 30;

    [Param("Rent per tenant.", Unit = "USD/month", Min = 0, Max = 1e9, Source = "WB:L213, L222")]
    public double RentUsdPerMonth { get; init; } = 800;

    [Param("Rent a firm of the locality pays for comparable premises outside the park.", Unit = "USD/month", Min = 0, Max = 1e9, Source = "WB:L465, L757")]
    public double MarketRentUsdPerMonth { get; init; } = 1_000;

    [Param("Service fee per tenant.", Unit = "USD/month", Min = 0, Max = 1e9, Source = "WB:L303, L312")]
    public double ServiceFeeUsdPerMonth { get; init; } = 150;

    [Param("Operating cost of the park (staff, maintenance, services).", Unit = "USD/month", Min = 0, Max = 1e10, Source = "brief M9")]
    public double OperatingCostUsdPerMonth { get; init; } = 25_000;

    [Param("Public operating subsidy the park receives: public spending, income that does not count towards self-funding. Unset, the state covers whatever the park loses in a month (operating deficit and seed money), so it never closes; set, it is that fixed amount, and a park that loses more runs down its reserve.", Unit = "USD/month", Min = 0, Max = 1e10, Source = "WB:L318, L362 (continuing support has been the norm)")]
    public double? OperatingSubsidyUsdPerMonth { get; init; }

    [Param("The park's reserve when it opens, in months of its operating cost: its losses draw on it, and a park whose reserve runs out closes.", Unit = "months", Min = 0, Max = 1_200, Source = "assumed; WB:L342 (success means sustainability without further budget support), L318")]
    public double OpeningReserveMonths { get; init; } = 36;

    [Param("Self-funding ratio (rent and fees over operating cost) the park is held to; 0 for none. Pressure to meet it relaxes admission.", Unit = "ratio", Min = 0, Max = 10, Source = "WB:L213, L867 (M9, SF20)")]
    public double SelfFundingTarget { get; init; }

    [Param("Quality of the park's management: scales its services and its marketing reach.", Unit = "0–1", Min = 0, Max = 1, Source = "WB:L308–310 (M23)")]
    public double ManagementQuality { get; init; } = 0.5;

    [Param("Weight of technology potential (the rest commercial potential) when selecting tenants.", Unit = "share 0–1", Min = 0, Max = 1, Source = "WB:L160–162 (Karaganda tech-heavy vs best practice)")]
    public double SelectionTechWeight { get; init; } = 0.5;

    [Param("Services delivered in-house or through specialist service partners.")]
    public ParkServices Services { get; init; } = ParkServices.InHouse;

    [Param("Quality of the park's service partners (used when services are partners).", Unit = "0–1", Min = 0, Max = 1, Source = "WB:L440–444 (M11)")]
    public double PartnerQuality { get; init; } = 0.7;

    [Param("Power supply available to tenants.", Unit = "MW", Min = 0, Max = 1e6, Source = "WB:L181 (M17)")]
    public double PowerCapacityMw { get; init; } = 1_000;

    [Param("Power one tenant needs.", Unit = "MW", Min = 0, Max = 1e3, Source = "M17; calibrated")]
    public double PowerPerTenantMw { get; init; } = 0.1;

    [Param("Plots released at the start (land_zone only; other models use all their slots).", Unit = "plots", Min = 0, Max = 1_000_000, Source = "WB:L173–179")]
    public int LandReleasedPlots { get; init; } = 1_000_000;

    [Param("Master-plan phases: plots released at given ticks (land_zone).")]
    public IReadOnlyList<LandPhaseSpec> LandPhases { get; init; } = [];

    [Param("Share of profit tax forgiven for tenants as a production incentive (industrial_restructuring); the tax_privileges lever adds to it.", Unit = "share 0–1", Min = 0, Max = 1, Source = "UN Box 4 L274 (Hsinchu); WB:L527")]
    public double ProductionIncentive { get; init; }

    [Param("University or institute whose applied-research units a campus_applied_research park hosts.")]
    public string HostInstitution { get; init; } = "";

    [Param("Incubation slots of a bic_incubator: its tenants are incubatees (the incubator_capacity lever adds slots).", Unit = "firms", Min = 0, Max = 1_000_000, Source = "WB:L467 (M8)")]
    public int IncubationSlots { get; init; } = 20;

    [Param("Longest stay of an incubatee before it must graduate.", Unit = "months", Min = 1, Max = 600, Source = "WB:L467 (graduation policies)")]
    public int MaxIncubationMonths { get; init; } = 36;

    [Param("Months of aftercare services after graduation.", Unit = "months", Min = 0, Max = 600, Source = "WB:L467 (aftercare and alumni programmes)")]
    public int AftercareMonths { get; init; } = 12;

    [Param("Share of ideas that pass pre-incubation into selection.", Unit = "share 0–1", Min = 0, Max = 1, Source = "WB:L265 (filter ideas with real potential)")]
    public double PreincubationPassRate { get; init; } = 0.4;

    [Param("Foreign firms a year the park's soft-landing programme can host (the soft_landing_slots lever adds slots).", Unit = "firms per year", Min = 0, Max = 10_000, Source = "IASP:L45, L64 (M16)")]
    public double SoftLandingSlotsPerYear { get; init; }

    [Param("Partner parks abroad in the programme (the partner_parks lever adds partners); without partners no firm lands or goes out.", Unit = "parks", Min = 0, Max = 1_000, Source = "IASP:L45, L82–84 (Land2land has 32)")]
    public int PartnerParks { get; init; }

    [Param("Reciprocal (mutual) soft landing: the park also sends its tenants to partner parks.", Source = "IASP:L76")]
    public bool MutualSoftLanding { get; init; }

    [Param("Rent-free months for a landing firm.", Unit = "months", Min = 0, Max = 120, Source = "IASP:L45 (several months)")]
    public int SoftLandingFreeMonths { get; init; } = 6;

    [Param("The park offers internationalisation services (development abroad); the internationalisation_services lever can add them.", Source = "IASP:L37–41")]
    public bool InternationalisationServices { get; init; }

    [Param("Events (courses, promotion, matchmaking) the park holds a year.", Unit = "events per year", Min = 0, Max = 1_000, Source = "WB:L195, L479 (M10)")]
    public double EventsPerYear { get; init; } = 4;
}

[ScenarioSection]
public sealed record LandPhaseSpec
{
    [Param("Tick at which the phase's land is released.", Unit = "tick", Min = 0, Max = 12_000, Required = true)]
    public int Tick { get; init; }

    [Param("Plots the phase releases.", Unit = "plots", Min = 0, Max = 1_000_000, Required = true)]
    public int Plots { get; init; }
}

[ScenarioSection]
public sealed record PolicySchedule
{
    [Param("Lever value while in force (unit per lever).", Required = true)]
    public double Value { get; init; }

    [Param("First tick the lever is in force.", Unit = "tick", Min = 0, Max = 12_000)]
    public int From { get; init; }

    [Param("First tick the lever is no longer in force; empty for the end of the run.", Unit = "tick", Min = 0, Max = 12_000)]
    public int? Until { get; init; }

    [Param("Months over which the lever rises linearly to its value.", Unit = "months", Min = 0, Max = 12_000)]
    public int RampMonths { get; init; }

    [Param("What the lever applies to: `all`, a firm kind, `field:K`, `locality:L`, `park:NAME` or `institution:NAME`, as the lever allows.")]
    public string Target { get; init; } = "all";

    /// <summary>The lever's level at <paramref name="tick"/>: zero outside [from, until), ramped linearly over ramp_months.</summary>
    public double LevelAt(int tick)
    {
        if (tick < From || (Until is int until && tick >= until)) return 0;
        if (RampMonths == 0) return Value;
        return Value * Math.Min(1.0, (tick - From + 1) / (double)RampMonths);
    }
}

[ScenarioSection]
public sealed record OutputSettings
{
    // Names, not catalogue references, so scenarios sit below the indicators; the validator checks each plotted name.
    [Param("Indicators to plot as mean over replications with a 95 % band.")]
    public IReadOnlyList<string> Plots { get; init; } = ["firms_alive", "employment", "unemployment_rate", "knowledge_mean", "productivity_mean"];

    [Param("Groupings of firms for which the firm-level indicators are also written per group (breakdowns.csv): locality, kind, origin, park.")]
    public IReadOnlyList<Breakdown> Breakdowns { get; init; } = [];
}
