namespace ClusterSim.Engine.Policies;

/// <summary>What a lever can be aimed at, as the <c>target</c> of its schedule.</summary>
[Flags]
internal enum TargetScope
{
    All = 0,
    FirmKind = 1,
    Park = 2,
    Field = 4,
    Locality = 8,
    Institution = 16,
}

/// <summary>
/// A policy lever a scenario can schedule under <c>policies:</c>: its unit and range, what it may target, the direct
/// channel its mechanism guarantees to move (<see cref="Channel"/>, with <see cref="ChannelSign"/>; a paired test per
/// lever checks it), and the outcome its seed names (<see cref="SeedOutcome"/>, with <see cref="SeedSign"/>, why in
/// <see cref="SeedWhy"/>), which a fact file of the validation library tests, whatever the verdict (docs/model.md's
/// lever table). <see cref="Index"/> numbers its public-spending column.
/// </summary>
internal sealed record Lever(int Index, string Name, string Unit, double Min, double Max, TargetScope Scopes,
    string Doc, string Channel, int ChannelSign, string Source, string SeedOutcome, int SeedSign, string SeedWhy);

/// <summary>The levers the model implements. A lever is listed here only once a mechanism reads it.</summary>
internal static class Levers
{
    public static readonly Lever RdSubsidy = new(0, "rd_subsidy", "share of R&D spend", 0, 1,
        TargetScope.FirmKind | TargetScope.Field | TargetScope.Locality | TargetScope.Park,
        "Share of firms' R&D spend reimbursed; raises R&D intensity by rd_subsidy_elasticity.", "knowledge_mean", 1, "brief §3.1 (rd.sme_subsidy_rate); UN ¶41 L172",
        "value_added_per_worker", 1, "UN ¶41 L172 (R&D support for competitiveness); WB:L40, L48 (value added per worker)");

    public static readonly Lever TrainingGrant = new(1, "training_grant", "share of training cost", 0, 1,
        TargetScope.FirmKind | TargetScope.Field | TargetScope.Locality,
        "Share of firms' training spend reimbursed; SMEs train more in proportion (training.grant_elasticity).", "productivity_mean", 1, "brief §3.6 (training.subsidy_rate); UN Box 3 L242–246",
        "value_added_per_worker", 1, "UN ¶45 L192 (training has a significant and positive effect on productivity)");

    public static readonly Lever TrainingLevy = new(2, "training_levy", "share of payroll", 0, 0.1, TargetScope.FirmKind,
        "Payroll levy on firms of at least training.levy_min_employees, remitted for what they spend on training (levy–grant scheme).", "productivity_mean", 1, "brief §3.6 (training.levy_rate); UN Box 3 L242–250",
        "value_added_per_worker", 1, "UN Box 3 L242–250 (levy–grant schemes raise skills and productivity)");

    public static readonly Lever TailoredLiaison = new(3, "tailored_liaison", "0 or 1", 0, 1, TargetScope.Institution,
        "1 turns a university's or institute's liaison office tailored, at transfer.tailored_liaison_cost_usd_per_month.", "innovations_from_university", 1, "brief §3.4 (university.liaison_mode); TSER ¶13 L32",
        "value_added", 1, "TSER ¶13 L32 (SMEs value tailored university links); SF7");

    public static readonly Lever PublicRdDesignShare = new(4, "public_rd_design_share", "share of public research budget", 0, 1, TargetScope.Institution,
        "Share of an institution's budget moved to design and engineering, added to its design_share: knowledge firms can use directly (M24).", "innovations_from_university", 1, "brief §3.1 (rd.gov_split), M24; WB:L681–683",
        "value_added_per_worker", 1, "WB:L681–683 (design and engineering that industry can use)");

    public static readonly Lever RentSubsidy = new(5, "rent_subsidy", "share of park rent", 0, 1, TargetScope.Park,
        "Share of a park's rent the state pays for its tenants, lowering their rent and drawing applicants.", "park_occupancy", 1, "brief §3.3 (park.rent_subsidy_rate); WB:L465",
        "employment", 1, "WB:L465 (easy-in space for new firms); TSER ¶8 L21 (jobs via parks)");

    public static readonly Lever LandRelease = new(6, "land_release", "plots per year", 0, 100_000, TargetScope.Park,
        "Plots a year added to a land_zone park's released land, each a capital grant of parks.plot_cost_usd.", "park_tenants", 1, "brief §3.3 (park.land_release_schedule), M17; WB:L179",
        "employment", 1, "WB:L179 (land for tenants); TSER ¶8 L21 (jobs via parks)");

    public static readonly Lever InfrastructureCapacity = new(7, "infrastructure_capacity", "MW", 0, 1e6, TargetScope.Park,
        "Power capacity added to a park, at parks.power_cost_usd_per_mw_month.", "park_tenants", 1, "brief §3.8 (infra.power_mw), M17; WB:L181",
        "employment", 1, "WB:L181 (power caps tenants); TSER ¶8 L21");

    public static readonly Lever TaxPrivileges = new(8, "tax_privileges", "share of profit tax", 0, 1, TargetScope.Park,
        "Share of profit tax forgiven for a park's tenants, added to its production_incentive; the tax forgone is the spending.", "park_tenants", 1, "brief §3.3 (park.tax_incentives); UN Box 4 L274",
        "employment", 1, "UN Box 4 L274 (incentives drew manufacturing to Hsinchu)");

    public static readonly Lever IncubatorCapacity = new(9, "incubator_capacity", "incubation slots", 0, 100_000, TargetScope.Park,
        "Incubation slots added to a bic_incubator, each costing incubation.slot_cost_usd_per_month.", "incubator_graduates", 1, "brief §3.3 (park.incubator_slots); WB:L467",
        "firms_alive", 1, "WB:L295 (new firm formation, the core value added of the technopark model), L458–467");

    public static readonly Lever BrokerageEvents = new(10, "brokerage_events", "events per year", 0, 10_000, TargetScope.Park | TargetScope.Locality,
        "Matchmaking events a year added at a park or in a locality, each costing events.cost_usd.", "ties_collaboration", 1, "brief §3.5 (brokerage.events_per_year); WB:L479, L903; TSER ¶16 L36",
        "value_added", 1, "WB:L479 (networking events); TSER ¶16 L36");

    public static readonly Lever SeedFundBudget = new(11, "seed_fund_budget", "USD per year", 0, 1e11, TargetScope.All,
        "Public money a year added to the region's seed funds, placed before their own budgets; it matters where deal flow exceeds the funds' budgets.", "firm_deaths", -1, "brief §3.2 (finance.seed_fund.size_usd); WB:L372, L467",
        "firm_deaths", -1, "WB:L372, L467 (seed money for young firms)");

    public static readonly Lever LicensingSupport = new(12, "licensing_support", "share of licence fee", 0, 1,
        TargetScope.FirmKind | TargetScope.Field | TargetScope.Locality | TargetScope.Park,
        "Share of licence fees the state pays; firms able to use a licence choose one over machines more often.", "knowledge_mean", 1, "brief §3.7, M20; UN ¶30 L134",
        "value_added_per_worker", 1, "UN ¶30 L134 (licensing gives more learning)");

    public static readonly Lever AcquisitionBlock = new(13, "acquisition_block", "share of acquisitions blocked", 0, 1,
        TargetScope.FirmKind | TargetScope.Field | TargetScope.Locality,
        "Share of acquisitions by multinationals the state blocks (1 blocks all); a regulation, costless to the state. Acquired firms gain resources and foreign markets, so blocking lowers exports (SF11).", "exports_share", -1, "brief §3.7 (acquisition policy), M15; TSER ¶22–23 L49–50",
        "exports", -1, "TSER ¶22–23 L49–50 (acquired SMEs gain resources and foreign markets)");

    public static readonly Lever MandatedLocalLinkages = new(14, "mandated_local_linkages", "supplier ties per affiliate-month", 0, 1,
        TargetScope.FirmKind | TargetScope.Locality,
        "Chance per month that each multinational affiliate must take on a local supplier of its locality; a regulation, costless to the state.", "suppliers_oem", 1, "brief §3.5 (linkages.mandated_local_content); UN ¶26 L124",
        "value_added", 1, "UN ¶26 L124 (local linkages upgrade local suppliers)");

    public static readonly Lever SoftLandingSlots = new(15, "soft_landing_slots", "firms per year", 0, 10_000, TargetScope.Park,
        "Soft-landing slots a year added to a park with partner parks, at soft_landing.slot_cost_usd_per_year each.", "soft_landing_entrants", 1, "brief §3.7 (soft_landing.slots_per_year); IASP:L45, L64",
        "exports", 1, "IASP:L45, L64 (foreign sales of landed and sent firms)");

    public static readonly Lever VisaSupport = new(16, "visa_support", "share added to uptake", 0, 1, TargetScope.All,
        "Share added to the uptake of soft-landing slots by visa support, at soft_landing.visa_cost_usd per landing firm.", "soft_landing_entrants", 1, "brief §3.6 (labour.visa_support); IASP:L80",
        "exports", 1, "IASP:L80");

    public static readonly Lever InternationalisationServices = new(17, "internationalisation_services", "0 or 1", 0, 1, TargetScope.Park,
        "1 gives a park internationalisation services, at soft_landing.services_cost_usd_per_month.", "firms_emigrated", -1, "brief §3.7; IASP:L37–41",
        "exports", 1, "IASP:L37–41 (services let the best firms grow abroad from the park)");

    public static readonly Lever ProcurementProgramme = new(18, "procurement_programme", "share of purchases", 0, 0.2, TargetScope.All,
        "Share of public and large-firm purchases directed to local innovative firms: raises demand for technology services and innovative SMEs' revenue; the extra revenue is the spending.", "ties_institution", 1, "brief §3.1 (demand.procurement_innovative_share), M18; WB:L318",
        "value_added", 1, "WB:L318 (public demand for innovative goods)");

    public static readonly Lever FdiIncentives = new(19, "fdi_incentives", "share of set-up cost", 0, 1, TargetScope.Locality,
        "Share of a new affiliate's set-up cost the state pays, drawing more multinational affiliates into the region (or a locality).", "tnc_transfer", 1, "brief §3.5 (fdi.targeting); UN ¶29 L130, ¶65 L302",
        "employment", 1, "UN ¶29 L130, ¶65 L302 (FDI and jobs)");

    public static readonly Lever PartnerParks = new(20, "partner_parks", "partner parks", 0, 1_000, TargetScope.Park,
        "Partner parks abroad added to a park's network by agreement, at soft_landing.partnership_cost_usd_per_year each: a park with none starts hosting its soft-landing slots, and with mutual soft landing more tenants go abroad.", "firms_sent_abroad", 1, "brief §3.7 (soft_landing.partner_parks); IASP:L64–76",
        "exports", 1, "IASP:L64–76 (partner parks open foreign markets)");

    public static readonly Lever ParkOperatingSubsidy = new(21, "park_operating_subsidy", "USD per month", 0, 1e10, TargetScope.Park,
        "Public operating support a month paid to a park, on top of its own operating_subsidy_usd_per_month: it covers losses that would run down the park's reserve until it closes.", "park_tenants", 1, "brief §3.3 (park.operating_subsidy_usd_yr), M9; WB:L318, L342, L362",
        "employment", 1, "WB:L318, L342 (parks kept running by support keep their tenants)");

    public static IReadOnlyList<Lever> All { get; } =
    [
        RdSubsidy, TrainingGrant, TrainingLevy, TailoredLiaison, PublicRdDesignShare, RentSubsidy, LandRelease, InfrastructureCapacity,
        TaxPrivileges, IncubatorCapacity, BrokerageEvents, SeedFundBudget, LicensingSupport, AcquisitionBlock, MandatedLocalLinkages,
        SoftLandingSlots, VisaSupport, InternationalisationServices, ProcurementProgramme, FdiIncentives, PartnerParks, ParkOperatingSubsidy,
    ];

    public static Lever? Find(string name) => All.FirstOrDefault(l => l.Name == name);
}
