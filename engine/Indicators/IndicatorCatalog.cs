using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Indicators;

/// <summary>One indicator column: its name, unit and meaning.</summary>
public sealed record IndicatorDefinition(string Name, string Unit, string Doc);

/// <summary>
/// The indicators computed every tick, in column order. The index of each is its slot in an
/// <see cref="IndicatorRow"/>; the order is part of the output contract (append, never reorder).
/// </summary>
public static class IndicatorCatalog
{
    public const int FirmsAlive = 0;
    public const int FirmBirths = 1;
    public const int FirmDeaths = 2;
    public const int Employment = 3;
    public const int UnemploymentRate = 4;
    public const int Population = 5;
    public const int MeanFirmSize = 6;
    public const int KnowledgeMean = 7;
    public const int ProductivityMean = 8;
    public const int RdSpend = 9;
    public const int KnowledgeTransferred = 10;
    public const int TiesCollaboration = 11;
    public const int Hires = 12;
    public const int Separations = 13;
    public const int PublicSpendRdSubsidy = 14;
    public const int PublicSpendTotal = 15;
    public const int Wage = 16;
    public const int KnowledgeP90 = 17;
    public const int InnovationsTotal = 18;
    public const int InnovationsOriginal = 19;
    public const int InnovationsAdapted = 20;
    public const int InnovationsAdopted = 21;
    public const int InnovationsProduct = 22;
    public const int InnovationsProcess = 23;
    /// <summary>First of the innovations_from_&lt;channel&gt; columns, in <see cref="KnowledgeChannel"/> order.</summary>
    public const int InnovationsFromFirst = 24;
    public const int SpinoffsUniversity = 34;
    public const int SpinoffsResearchInstitute = 35;
    public const int SpinoffsCorporate = 36;
    public const int SpinoffsSme = 37;
    public const int JobToJobMoves = 38;
    public const int Graduates = 39;
    public const int GraduatesHired = 40;
    public const int Retirements = 41;
    public const int MigrantsIn = 42;
    public const int MigrantsOut = 43;
    public const int TiesSupplier = 44;
    public const int TiesCustomer = 45;
    public const int TiesParent = 46;
    public const int TiesExternal = 47;
    public const int TiesInstitution = 48;
    public const int RdPerformersShare = 49;
    public const int InnovativeFirmsShare = 50;
    public const int TrainingSpend = 51;
    public const int Researchers = 52;
    public const int Incubatees = 53;
    public const int IncubatorGraduates = 54;
    public const int EventsHeld = 55;
    public const int SeedInvestments = 56;
    public const int VcInvestments = 57;
    public const int BankLoans = 58;
    public const int FinancePlaced = 59;
    /// <summary>First of the technology_imports_by_mode_&lt;mode&gt; columns, in ImportMode order.</summary>
    public const int TechnologyImportsFirst = 60;
    public const int SuppliersOem = 63;
    public const int SuppliersOdm = 64;
    public const int SuppliersObm = 65;
    public const int TncTransfer = 66;
    public const int Acquisitions = 67;
    public const int Relocations = 68;
    public const int SoftLandingEntrants = 69;
    public const int FirmsSentAbroad = 70;
    public const int FirmsEmigrated = 71;
    public const int ExportsShare = 72;
    public const int DemandForServices = 73;
    public const int AffiliatesAttracted = 74;
    /// <summary>public_spend_&lt;lever&gt; of the levers after rd_subsidy (whose column is 14), in lever order, after the fixed columns.</summary>
    private const int PublicSpendOfLaterLevers = 75;

    public static int PublicSpendColumn(Policies.Lever lever) => lever.Index == 0 ? PublicSpendRdSubsidy : PublicSpendOfLaterLevers + lever.Index - 1;

    public static IReadOnlyList<IndicatorDefinition> All { get; } = Build();

    /// <summary>Columns per park, after the fixed columns, in park order.</summary>
    public static readonly string[] ParkColumns = ["park_occupancy", "park_self_funding", "park_tenants", "park_applicants", "park_result", "park_capital_grants"];

    public static int IndexOf(string name) => IndexOf(All, name);

    public static int IndexOf(IReadOnlyList<IndicatorDefinition> columns, string name)
    {
        for (int i = 0; i < columns.Count; i++)
            if (columns[i].Name == name) return i;
        return -1;
    }

    /// <summary>The columns of a scenario: the fixed ones, then <see cref="ParkColumns"/> for each of its parks.</summary>
    public static IReadOnlyList<IndicatorDefinition> For(Scenario scenario)
    {
        if (scenario.Institutions.Parks.Count == 0) return All;
        var list = new List<IndicatorDefinition>(All);
        foreach (var park in scenario.Institutions.Parks)
        {
            list.Add(new($"park_occupancy_{park.Name}", "share 0–1", $"Tenants of {park.Name} over its tenant slots."));
            list.Add(new($"park_self_funding_{park.Name}", "ratio", $"Rent, fees and licensing income of {park.Name} over its operating cost."));
            list.Add(new($"park_tenants_{park.Name}", "firms", $"Tenants of {park.Name}."));
            list.Add(new($"park_applicants_{park.Name}", "firms", $"Firms that applied to {park.Name} during the tick."));
            list.Add(new($"park_result_{park.Name}", "USD/month", $"Income plus operating subsidy less cost of {park.Name}."));
            list.Add(new($"park_capital_grants_{park.Name}", "USD/month", $"Capital grants for land and power of {park.Name} (levers)."));
        }
        return list;
    }

    private static IndicatorDefinition[] Build()
    {
        var list = new List<IndicatorDefinition>
        {
            new("firms_alive", "firms", "Firms alive at the end of the tick."),
            new("firm_births", "firms", "Firms founded during the tick (de novo and spin-offs)."),
            new("firm_deaths", "firms", "Firms that exited during the tick."),
            new("employment", "persons", "People employed by firms and institutions at the end of the tick."),
            new("unemployment_rate", "share 0–1", "Share of the population without an employer."),
            new("population", "persons", "People in the region."),
            new("mean_firm_size", "employees", "Firm employment over firms alive."),
            new("knowledge_mean", "knowledge units", "Mean over alive firms of their knowledge level (sum over fields)."),
            new("productivity_mean", "relative to 1", "Employment-weighted mean productivity of alive firms."),
            new("rd_spend", "USD/month", "R&D spend of all firms during the tick, subsidy included."),
            new("knowledge_transferred", "knowledge units", "Knowledge firms gained from ties, institutions and hires during the tick."),
            new("ties_collaboration", "ties", "Collaboration tie slots held by alive firms."),
            new("hires", "persons", "Hires during the tick: from unemployment, job to job, and founders."),
            new("separations", "persons", "Employees and researchers who quit or were laid off during the tick (exits excluded)."),
            new("public_spend_rd_subsidy", "USD/month", "Public spending on the rd_subsidy lever."),
            new("public_spend_total", "USD/month", "Public spending on all levers: the sum of the public_spend_<lever> columns."),
            new("wage", "USD/month", "The regional wage set by the wage curve."),
            new("knowledge_p90", "knowledge units", "90th percentile over alive firms of the knowledge level."),
            new("innovations_total", "events", "Innovation events during the tick."),
            new("innovations_original", "events", "Original innovations (own R&D creates something new)."),
            new("innovations_adapted", "events", "Adapted innovations (existing technology modified)."),
            new("innovations_adopted", "events", "Adopted innovations (existing technology taken up)."),
            new("innovations_product", "events", "Product innovations."),
            new("innovations_process", "events", "Process innovations."),
        };
        foreach (var channel in Enum.GetValues<KnowledgeChannel>())
        {
            string name = ScenarioSchema.EnumName(channel);
            list.Add(new($"innovations_from_{name}", "events", $"Innovations whose triggering knowledge came through the {name.Replace('_', ' ')} channel."));
        }
        list.AddRange(
        [
            new("spinoffs_university", "firms", "University spin-offs founded during the tick."),
            new("spinoffs_research_institute", "firms", "Research-institute spin-offs founded during the tick."),
            new("spinoffs_corporate", "firms", "Spin-offs of large firms founded during the tick."),
            new("spinoffs_sme", "firms", "Spin-offs of SMEs and NTBFs founded during the tick."),
            new("job_to_job_moves", "persons", "People who moved directly from one employer to another."),
            new("graduates", "persons", "Graduates who entered the region's labour force."),
            new("graduates_hired", "persons", "Hires by firms of people within 24 months of graduating, out of unemployment."),
            new("retirements", "persons", "People who retired."),
            new("migrants_in", "persons", "People who moved into the region."),
            new("migrants_out", "persons", "People who left the region."),
            new("ties_supplier", "ties", "Supplier tie slots held by alive firms."),
            new("ties_customer", "ties", "Customer tie slots held by alive firms."),
            new("ties_parent", "ties", "Parent–spin-off tie slots held by alive firms."),
            new("ties_external", "ties", "Links of alive firms to firms outside the region."),
            new("ties_institution", "ties", "Alive firms linked to a university or research institute."),
            new("rd_performers_share", "share 0–1", "Share of alive firms doing R&D."),
            new("innovative_firms_share", "share 0–1", "Share of alive firms with an innovation in the last 12 months."),
            new("training_spend", "USD/month", "Training spend of all firms during the tick."),
            new("researchers", "persons", "People employed by universities and research institutes."),
            new("incubatees", "firms", "Firms in incubation (tenants of bic_incubator parks)."),
            new("incubator_graduates", "firms", "Incubatees that graduated during the tick."),
            new("events_held", "events", "Events held by parks and brokers during the tick."),
            new("seed_investments", "deals", "Seed-fund investments during the tick."),
            new("vc_investments", "deals", "Venture-capital investments during the tick."),
            new("bank_loans", "deals", "Bank loans granted during the tick."),
            new("finance_placed", "USD/month", "Money placed in firms by funds and banks during the tick."),
        ]);
        foreach (var mode in Enum.GetValues<Mechanisms.Global.ImportMode>())
        {
            string name = ScenarioSchema.EnumName(mode);
            list.Add(new($"technology_imports_by_mode_{name}", "imports", $"Technology imports by {name} during the tick."));
        }
        list.AddRange(
        [
            new("suppliers_oem", "firms", "Alive firms at the OEM rung of the subcontracting ladder."),
            new("suppliers_odm", "firms", "Alive firms at the ODM rung."),
            new("suppliers_obm", "firms", "Alive firms that reached their own brand."),
            new("tnc_transfer", "knowledge units", "Knowledge firms gained from multinationals during the tick (ties and FDI)."),
            new("acquisitions", "firms", "Local firms acquired by multinationals during the tick."),
            new("relocations", "firms", "Acquired firms that decided to relocate out of the region during the tick (they exit in firm_deaths)."),
            new("soft_landing_entrants", "firms", "Foreign firms that landed in a park's soft-landing programme during the tick."),
            new("firms_sent_abroad", "firms", "Tenants sent to partner parks abroad during the tick."),
            new("firms_emigrated", "firms", "Top-decile firms that left for global hubs during the tick (they exit in firm_deaths)."),
            new("exports_share", "share 0–1", "Export revenue over the revenue of alive firms."),
            new("demand_for_services", "requests", "Applications to parks and new links to institutions during the tick: uptake of technology services."),
            new("affiliates_attracted", "firms", "Multinational affiliates that set up in the region during the tick (FDI)."),
        ]);
        foreach (var lever in Policies.Levers.All.Skip(1))
            list.Add(new($"public_spend_{lever.Name}", "USD/month", $"Public spending on the {lever.Name} lever (negative: revenue)."));
        return [.. list];
    }
}
