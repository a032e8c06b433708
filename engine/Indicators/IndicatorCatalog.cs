using ClusterSim.Engine.Policies;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Indicators;

/// <summary>How an indicator gets its value each tick.</summary>
public enum IndicatorKind
{
    /// <summary>Read from the state at the end of the tick (counts, means and shares of what exists).</summary>
    Stock,
    /// <summary>Counted by the phases during the tick into its slot of <see cref="Core.TickFlows"/>.</summary>
    Flow,
    /// <summary>Public spending booked on a lever during the tick (and their total).</summary>
    Spend,
}

/// <summary>One indicator: its name, unit, meaning, kind and column (<see cref="Index"/>).</summary>
public sealed record IndicatorDefinition(string Name, string Unit, string Doc, IndicatorKind Kind, int Index);

/// <summary>
/// Every indicator, declared here once, in column order: a field's position is its column in an
/// <see cref="IndicatorRow"/> and in indicators.csv. The list is append-only: a new indicator, a new lever's
/// public spending, goes at the end (tests/Unit/Approvals/indicators_header.txt fails a test when a column moves).
/// Flows are counted into their slots by the phases; stocks and shares are read from the state when the tick ends (Measurement/ComputeIndicators).
/// </summary>
public static class IndicatorCatalog
{
    private static readonly List<IndicatorDefinition> Declared = [];

    public static readonly IndicatorDefinition FirmsAlive = Add("firms_alive", "firms", IndicatorKind.Stock, "Firms alive at the end of the tick.");
    public static readonly IndicatorDefinition FirmBirths = Add("firm_births", "firms", IndicatorKind.Flow, "Firms founded during the tick (de novo and spin-offs).");
    public static readonly IndicatorDefinition FirmDeaths = Add("firm_deaths", "firms", IndicatorKind.Flow, "Firms that exited during the tick.");
    public static readonly IndicatorDefinition Employment = Add("employment", "persons", IndicatorKind.Stock, "People employed by firms and institutions at the end of the tick.");
    public static readonly IndicatorDefinition UnemploymentRate = Add("unemployment_rate", "share 0–1", IndicatorKind.Stock, "Share of the population without an employer.");
    public static readonly IndicatorDefinition Population = Add("population", "persons", IndicatorKind.Stock, "People in the region: all of working age and all in the labour force, employed or looking for work (the model has no participation margin; labour-force entry is graduates who stay and immigrants).");
    public static readonly IndicatorDefinition MeanFirmSize = Add("mean_firm_size", "employees", IndicatorKind.Stock, "Firm employment over firms alive.");
    public static readonly IndicatorDefinition KnowledgeMean = Add("knowledge_mean", "knowledge units", IndicatorKind.Stock, "Mean over alive firms of their knowledge level (sum over fields).");
    public static readonly IndicatorDefinition ProductivityMean = Add("productivity_mean", "relative to 1", IndicatorKind.Stock, "Employment-weighted mean productivity index of alive firms, A = (1 + L)^β(1 + B)(1 + H): knowledge, innovation and training, not output (value_added_per_worker is output per worker).");
    public static readonly IndicatorDefinition RdSpend = Add("rd_spend", "USD/month", IndicatorKind.Flow, "R&D spend of all firms during the tick, subsidy included.");
    public static readonly IndicatorDefinition KnowledgeTransferred = Add("knowledge_transferred", "knowledge units", IndicatorKind.Flow, "Knowledge firms gained from ties, institutions, hires and fellow park tenants during the tick.");
    public static readonly IndicatorDefinition TiesCollaboration = Add("ties_collaboration", "ties", IndicatorKind.Stock, "Collaboration tie slots held by alive firms.");
    public static readonly IndicatorDefinition Hires = Add("hires", "persons", IndicatorKind.Flow, "Hires during the tick: from unemployment, job to job, and founders.");
    public static readonly IndicatorDefinition Separations = Add("separations", "persons", IndicatorKind.Flow, "Employees and researchers who quit or were laid off during the tick (exits excluded).");
    public static readonly IndicatorDefinition PublicSpendRdSubsidy = Spend(Levers.RdSubsidy);
    public static readonly IndicatorDefinition PublicSpendTotal = Add("public_spend_total", "USD/month", IndicatorKind.Spend, "Public spending on all levers: the sum of the public_spend_<lever> columns.");
    public static readonly IndicatorDefinition Wage = Add("wage", "USD/month", IndicatorKind.Stock, "Mean monthly wage of firm employees: each firm pays its own, from its locality's wage curve, rent sharing and the reservation wage (researchers excluded).");
    public static readonly IndicatorDefinition KnowledgeP90 = Add("knowledge_p90", "knowledge units", IndicatorKind.Stock, "90th percentile over alive firms of the knowledge level.");
    public static readonly IndicatorDefinition InnovationsTotal = Add("innovations_total", "events", IndicatorKind.Flow, "Innovation events during the tick.");
    public static readonly IndicatorDefinition InnovationsOriginal = Add("innovations_original", "events", IndicatorKind.Flow, "Original innovations (own R&D creates something new).");
    public static readonly IndicatorDefinition InnovationsAdapted = Add("innovations_adapted", "events", IndicatorKind.Flow, "Adapted innovations (existing technology modified).");
    public static readonly IndicatorDefinition InnovationsAdopted = Add("innovations_adopted", "events", IndicatorKind.Flow, "Adopted innovations (existing technology taken up).");
    public static readonly IndicatorDefinition InnovationsProduct = Add("innovations_product", "events", IndicatorKind.Flow, "Product innovations.");
    public static readonly IndicatorDefinition InnovationsProcess = Add("innovations_process", "events", IndicatorKind.Flow, "Process innovations.");
    /// <summary>innovations_from_&lt;channel&gt;, in <see cref="KnowledgeChannel"/> order.</summary>
    public static readonly IReadOnlyList<IndicatorDefinition> InnovationsFrom = Each<KnowledgeChannel>(IndicatorKind.Flow,
        c => ($"innovations_from_{c}", "events", $"Innovations whose triggering knowledge came through the {c.Replace('_', ' ')} channel."));
    public static readonly IndicatorDefinition SpinoffsUniversity = Add("spinoffs_university", "firms", IndicatorKind.Flow, "University spin-offs founded during the tick.");
    public static readonly IndicatorDefinition SpinoffsResearchInstitute = Add("spinoffs_research_institute", "firms", IndicatorKind.Flow, "Research-institute spin-offs founded during the tick.");
    public static readonly IndicatorDefinition SpinoffsCorporate = Add("spinoffs_corporate", "firms", IndicatorKind.Flow, "Spin-offs of large firms founded during the tick.");
    public static readonly IndicatorDefinition SpinoffsSme = Add("spinoffs_sme", "firms", IndicatorKind.Flow, "Spin-offs of SMEs and NTBFs founded during the tick.");
    public static readonly IndicatorDefinition JobToJobMoves = Add("job_to_job_moves", "persons", IndicatorKind.Flow, "People who moved directly from one employer to another.");
    public static readonly IndicatorDefinition Graduates = Add("graduates", "persons", IndicatorKind.Flow, "Graduates who entered the region's labour force (graduates_leaving left at graduation).");
    public static readonly IndicatorDefinition GraduatesHired = Add("graduates_hired", "persons", IndicatorKind.Flow, "Hires by firms of people within 24 months of graduating, out of unemployment.");
    public static readonly IndicatorDefinition Retirements = Add("retirements", "persons", IndicatorKind.Flow, "People who retired.");
    public static readonly IndicatorDefinition MigrantsIn = Add("migrants_in", "persons", IndicatorKind.Flow, "People who moved into the region.");
    public static readonly IndicatorDefinition MigrantsOut = Add("migrants_out", "persons", IndicatorKind.Flow, "People who left the region.");
    public static readonly IndicatorDefinition TiesSupplier = Add("ties_supplier", "ties", IndicatorKind.Stock, "Supplier tie slots held by alive firms.");
    public static readonly IndicatorDefinition TiesCustomer = Add("ties_customer", "ties", IndicatorKind.Stock, "Customer tie slots held by alive firms.");
    public static readonly IndicatorDefinition TiesParent = Add("ties_parent", "ties", IndicatorKind.Stock, "Parent–spin-off tie slots held by alive firms.");
    public static readonly IndicatorDefinition TiesExternal = Add("ties_external", "ties", IndicatorKind.Stock, "Links of alive firms to firms outside the region.");
    public static readonly IndicatorDefinition TiesInstitution = Add("ties_institution", "ties", IndicatorKind.Stock, "Alive firms linked to a university or research institute.");
    public static readonly IndicatorDefinition RdPerformersShare = Add("rd_performers_share", "share 0–1", IndicatorKind.Stock, "Share of alive firms doing R&D.");
    public static readonly IndicatorDefinition InnovativeFirmsShare = Add("innovative_firms_share", "share 0–1", IndicatorKind.Stock, "Share of alive firms with at least one innovation (a new or significantly improved product or process) in the last 36 months, the Community Innovation Survey's window.");
    public static readonly IndicatorDefinition TrainingSpend = Add("training_spend", "USD/month", IndicatorKind.Flow, "Training spend of all firms during the tick.");
    public static readonly IndicatorDefinition Researchers = Add("researchers", "persons", IndicatorKind.Stock, "People employed by universities and research institutes.");
    public static readonly IndicatorDefinition Incubatees = Add("incubatees", "firms", IndicatorKind.Stock, "Firms in incubation (tenants of bic_incubator parks).");
    public static readonly IndicatorDefinition IncubatorGraduates = Add("incubator_graduates", "firms", IndicatorKind.Stock, "Incubatees that graduated during the tick.");
    public static readonly IndicatorDefinition EventsHeld = Add("events_held", "events", IndicatorKind.Flow, "Events held by parks and brokers during the tick.");
    public static readonly IndicatorDefinition SeedInvestments = Add("seed_investments", "deals", IndicatorKind.Flow, "Seed-fund investments during the tick.");
    public static readonly IndicatorDefinition VcInvestments = Add("vc_investments", "deals", IndicatorKind.Flow, "Venture-capital investments during the tick.");
    public static readonly IndicatorDefinition BankLoans = Add("bank_loans", "deals", IndicatorKind.Flow, "Bank loans granted during the tick.");
    public static readonly IndicatorDefinition FinancePlaced = Add("finance_placed", "USD/month", IndicatorKind.Flow, "Money placed in firms by funds and banks during the tick.");
    /// <summary>technology_imports_by_mode_&lt;mode&gt;, in <see cref="ImportMode"/> order.</summary>
    public static readonly IReadOnlyList<IndicatorDefinition> TechnologyImportsByMode = Each<ImportMode>(IndicatorKind.Flow,
        m => ($"technology_imports_by_mode_{m}", "imports", $"Technology imports by {m} during the tick."));
    public static readonly IndicatorDefinition SuppliersOem = Add("suppliers_oem", "firms", IndicatorKind.Stock, "Alive firms at the OEM rung of the subcontracting ladder.");
    public static readonly IndicatorDefinition SuppliersOdm = Add("suppliers_odm", "firms", IndicatorKind.Stock, "Alive firms at the ODM rung.");
    public static readonly IndicatorDefinition SuppliersObm = Add("suppliers_obm", "firms", IndicatorKind.Stock, "Alive firms that reached their own brand.");
    public static readonly IndicatorDefinition TncTransfer = Add("tnc_transfer", "knowledge units", IndicatorKind.Flow, "Knowledge firms gained from multinationals during the tick (ties and FDI).");
    public static readonly IndicatorDefinition Acquisitions = Add("acquisitions", "firms", IndicatorKind.Flow, "Local firms acquired by multinationals during the tick.");
    public static readonly IndicatorDefinition Relocations = Add("relocations", "firms", IndicatorKind.Flow, "Acquired firms that decided to relocate out of the region during the tick (they exit in firm_deaths).");
    public static readonly IndicatorDefinition SoftLandingEntrants = Add("soft_landing_entrants", "firms", IndicatorKind.Flow, "Foreign firms that landed in a park's soft-landing programme during the tick.");
    public static readonly IndicatorDefinition FirmsSentAbroad = Add("firms_sent_abroad", "firms", IndicatorKind.Flow, "Tenants sent to partner parks abroad during the tick.");
    public static readonly IndicatorDefinition FirmsEmigrated = Add("firms_emigrated", "firms", IndicatorKind.Flow, "Top-decile firms that left for global hubs during the tick (they exit in firm_deaths).");
    public static readonly IndicatorDefinition ExportsShare = Add("exports_share", "share 0–1", IndicatorKind.Stock, "Exports over the sales of alive firms, by value.");
    public static readonly IndicatorDefinition DemandForServices = Add("demand_for_services", "requests", IndicatorKind.Flow, "Applications to parks and new links to institutions during the tick: uptake of technology services.");
    public static readonly IndicatorDefinition AffiliatesAttracted = Add("affiliates_attracted", "firms", IndicatorKind.Flow, "Multinational affiliates that set up in the region during the tick (FDI).");

    // The public spending of the levers after rd_subsidy, appended when each lever was added.
    public static readonly IndicatorDefinition PublicSpendTrainingGrant = Spend(Levers.TrainingGrant);
    public static readonly IndicatorDefinition PublicSpendTrainingLevy = Spend(Levers.TrainingLevy);
    public static readonly IndicatorDefinition PublicSpendTailoredLiaison = Spend(Levers.TailoredLiaison);
    public static readonly IndicatorDefinition PublicSpendPublicRdDesignShare = Spend(Levers.PublicRdDesignShare);
    public static readonly IndicatorDefinition PublicSpendRentSubsidy = Spend(Levers.RentSubsidy);
    public static readonly IndicatorDefinition PublicSpendLandRelease = Spend(Levers.LandRelease);
    public static readonly IndicatorDefinition PublicSpendInfrastructureCapacity = Spend(Levers.InfrastructureCapacity);
    public static readonly IndicatorDefinition PublicSpendTaxPrivileges = Spend(Levers.TaxPrivileges);
    public static readonly IndicatorDefinition PublicSpendIncubatorCapacity = Spend(Levers.IncubatorCapacity);
    public static readonly IndicatorDefinition PublicSpendBrokerageEvents = Spend(Levers.BrokerageEvents);
    public static readonly IndicatorDefinition PublicSpendSeedFundBudget = Spend(Levers.SeedFundBudget);
    public static readonly IndicatorDefinition PublicSpendLicensingSupport = Spend(Levers.LicensingSupport);
    public static readonly IndicatorDefinition PublicSpendAcquisitionBlock = Spend(Levers.AcquisitionBlock);
    public static readonly IndicatorDefinition PublicSpendMandatedLocalLinkages = Spend(Levers.MandatedLocalLinkages);
    public static readonly IndicatorDefinition PublicSpendSoftLandingSlots = Spend(Levers.SoftLandingSlots);
    public static readonly IndicatorDefinition PublicSpendVisaSupport = Spend(Levers.VisaSupport);
    public static readonly IndicatorDefinition PublicSpendInternationalisationServices = Spend(Levers.InternationalisationServices);
    public static readonly IndicatorDefinition PublicSpendProcurementProgramme = Spend(Levers.ProcurementProgramme);
    public static readonly IndicatorDefinition PublicSpendFdiIncentives = Spend(Levers.FdiIncentives);
    public static readonly IndicatorDefinition PublicSpendPartnerParks = Spend(Levers.PartnerParks);

    // Indicators and levers added since, in the order they were added.
    public static readonly IndicatorDefinition KnowledgeFromCoTenants = Add("knowledge_from_co_tenants", "knowledge units", IndicatorKind.Flow, "Knowledge tenants gained from fellow tenants of their park without a tie during the tick (part of knowledge_transferred).");
    public static readonly IndicatorDefinition EmployerChangeShare = Add("employer_change_share", "share 0–1", IndicatorKind.Stock,
        "Job-to-job mobility per person: among people employed 12 months before and still in the region, the share whose employer now differs. Measured every 12th tick and held until the next (0 in the first year).");
    public static readonly IndicatorDefinition PublicSpendParkOperatingSubsidy = Spend(Levers.ParkOperatingSubsidy);
    public static readonly IndicatorDefinition Revenue = Add("revenue", "USD/month", IndicatorKind.Stock, "Sales of all firms this month: in the regional market, to customers on supplier ties, abroad and to public procurement.");
    public static readonly IndicatorDefinition ValueAdded = Add("value_added", "USD/month", IndicatorKind.Stock, "Value added of all firms this month: sales less purchased inputs (the region's firm GDP).");
    public static readonly IndicatorDefinition ValueAddedPerWorker = Add("value_added_per_worker", "USD/month per worker", IndicatorKind.Stock, "Value added over firm employment: labour productivity in money (WB:L40, L48). productivity_mean is an index of knowledge, innovation and training, not output.");
    public static readonly IndicatorDefinition Exports = Add("exports", "USD/month", IndicatorKind.Stock, "Sales abroad of all firms this month.");
    public static readonly IndicatorDefinition Imports = Add("imports", "USD/month", IndicatorKind.Stock, "Imports into the regional market this month (households', autonomous and firms' purchases off their supplier ties that go to outside producers).");
    public static readonly IndicatorDefinition ImportShare = Add("import_share", "share 0–1", IndicatorKind.Stock, "Imports over all purchases in the region this month (the regional market and purchases on local supplier ties).");
    public static readonly IndicatorDefinition ExternalProductivity = Add("external_productivity", "index", IndicatorKind.Stock, "The external competitor's productivity, on the scale of productivity_mean: its path and the scenario's competitor events.");
    public static readonly IndicatorDefinition OutsideDemand = Add("outside_demand", "index", IndicatorKind.Stock, "Outside demand for the region's exports, 1 without a recession.");
    public static readonly IndicatorDefinition ImportPrice = Add("import_price", "index", IndicatorKind.Stock, "Price of imports relative to the start, 1 without liberalisation.");
    public static readonly IndicatorDefinition WageDispersion = Add("wage_dispersion", "log points", IndicatorKind.Stock, "Standard deviation of the log wage over firm employees.");
    public static readonly IndicatorDefinition OutsideWage = Add("outside_wage", "USD/month", IndicatorKind.Stock, "The outside wage: what a worker earns outside the region (the outside wage path).");
    public static readonly IndicatorDefinition ReservationWage = Add("reservation_wage", "USD/month", IndicatorKind.Stock, "The reservation wage: no one works for less, and no firm pays less.");
    public static readonly IndicatorDefinition NetMigration = Add("net_migration", "persons", IndicatorKind.Flow, "migrants_in − migrants_out during the tick (graduates who leave at graduation are in graduates_leaving).");
    public static readonly IndicatorDefinition GraduatesLeaving = Add("graduates_leaving", "persons", IndicatorKind.Flow, "Graduates of the region's universities who left the region at graduation instead of entering its labour force.");

    /// <summary>Every indicator in column order.</summary>
    public static IReadOnlyList<IndicatorDefinition> All { get; } = Declared.ToArray();

    private static readonly IndicatorDefinition[] SpendByLever = Declared.Where(d => d.Kind == IndicatorKind.Spend && d != PublicSpendTotal)
        .OrderBy(d => Levers.All.Single(l => "public_spend_" + l.Name == d.Name).Index).ToArray();

    /// <summary>The public_spend_&lt;lever&gt; column of <paramref name="lever"/>.</summary>
    internal static IndicatorDefinition PublicSpend(Lever lever) => SpendByLever[lever.Index];

    public static int IndexOf(string name) => IndexOf(All, name);

    public static int IndexOf(IReadOnlyList<IndicatorDefinition> columns, string name)
    {
        for (int i = 0; i < columns.Count; i++)
            if (columns[i].Name == name) return i;
        return -1;
    }

    /// <summary>
    /// The series a scenario can plot and compare: every indicator, then <c>park_&lt;measure&gt;_&lt;park&gt;</c> for each
    /// <see cref="ParkIndicators"/> measure of each of its parks (written to parks.csv, not indicators.csv).
    /// </summary>
    public static IReadOnlyList<IndicatorDefinition> SeriesOf(Scenario scenario)
    {
        if (scenario.Institutions.Parks.Count == 0) return All;
        var list = new List<IndicatorDefinition>(All);
        foreach (var park in scenario.Institutions.Parks)
            foreach (var m in ParkIndicators.All)
                list.Add(new($"park_{m.Name}_{park.Name}", m.Unit, m.Doc.Replace("the park", park.Name), IndicatorKind.Stock, list.Count));
        return list;
    }

    private static IndicatorDefinition Add(string name, string unit, IndicatorKind kind, string doc)
    {
        var d = new IndicatorDefinition(name, unit, doc, kind, Declared.Count);
        Declared.Add(d);
        return d;
    }

    private static IndicatorDefinition Spend(Lever lever) =>
        Add($"public_spend_{lever.Name}", "USD/month", IndicatorKind.Spend, $"Public spending on the {lever.Name} lever" + (lever.Index == 0 ? "." : " (negative: revenue)."));

    private static IndicatorDefinition[] Each<T>(IndicatorKind kind, Func<string, (string Name, string Unit, string Doc)> describe) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => describe(ScenarioSchema.EnumName(v))).Select(x => Add(x.Name, x.Unit, kind, x.Doc)).ToArray();
}
