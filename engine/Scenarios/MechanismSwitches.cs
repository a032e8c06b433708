namespace ClusterSim.Engine.Scenarios;

/// <summary>One switch per mechanism. A switched-off mechanism's phase does nothing and draws nothing.</summary>
[ScenarioSection]
public sealed record MechanismSwitches
{
    [Param("Own R&D and institutional research add knowledge; obsolescence erodes it; firms decide on R&D (M1).")]
    public bool KnowledgeCreation { get; init; } = true;

    [Param("Firms learn from the firms they are tied to, gated by absorptive capacity (M2).")]
    public bool FirmTransfer { get; init; } = true;

    [Param("Firms learn from the university or research institute they work with, gated by absorptive capacity (M2).")]
    public bool InstitutionTransfer { get; init; } = true;

    [Param("Firms form customer–supplier, collaboration and external ties and links to institutions by proximity; unused ties decay (M3, M4).")]
    public bool Ties { get; init; } = true;

    [Param("Firms innovate at a rate driven by their knowledge inflows; innovations raise productivity (M1).")]
    public bool Innovation { get; init; } = true;

    [Param("Revenue from relative productivity and sector demand, costs, cash, and target size.")]
    public bool Market { get; init; } = true;

    [Param("Employees quit and move job to job carrying tacit knowledge; firms and institutions hire (M6).")]
    public bool LabourMobility { get; init; } = true;

    [Param("Universities send graduates into the labour market each year (M7).")]
    public bool Graduates { get; init; } = true;

    [Param("Firms train staff, raising their expertise (M7).")]
    public bool Training { get; init; } = true;

    [Param("Employees of firms, universities and institutes found spin-offs that keep a tie to their parent (M5).")]
    public bool Spinoffs { get; init; } = true;

    [Param("People found de novo firms (M19).")]
    public bool Entry { get; init; } = true;

    [Param("Firms out of cash or with persistent losses exit, releasing their employees (M19).")]
    public bool Exit { get; init; } = true;

    [Param("People age, retire and migrate into and out of the region.")]
    public bool Demography { get; init; } = true;

    [Param("Technoparks admit, serve and lose tenants and keep a profit-and-loss account (M9, M11, M17, M23).")]
    public bool Parks { get; init; } = true;

    [Param("Incubators scout ideas, pre-incubate and select them, incubate the new firms with seed money and mentoring, and graduate them (M8).")]
    public bool Incubation { get; init; } = true;

    [Param("Parks and brokers hold events that raise visibility and form ties among attendees (M10).")]
    public bool Events { get; init; } = true;

    [Param("Seed funds, venture capital and banks place money in firms that need it (M12).")]
    public bool Finance { get; init; } = true;

    [Param("Firms import technology as machines, licences or, for affiliates, through their parent (M20).")]
    public bool TechnologyImport { get; init; } = true;

    [Param("Multinationals acquire local firms, with or without autonomy (M15).")]
    public bool Acquisitions { get; init; } = true;

    [Param("Multinational affiliates set up in the region at a yearly rate, raised by FDI incentives (WB:L307).")]
    public bool FdiAttraction { get; init; } = true;

    [Param("Suppliers of multinationals climb simple components → OEM → ODM → own brand (M13).")]
    public bool Subcontracting { get; init; } = true;

    [Param("Parks' soft-landing programmes bring foreign firms in and send tenants out; without internationalisation services the best firms leave (M16).")]
    public bool SoftLanding { get; init; } = true;

    [Param("Demand for technology, raised by procurement programmes, drives uptake of park and institute services (M18).")]
    public bool DemandPull { get; init; } = true;

    [Param("Firms choose the low road (lower wages, no R&D or training) or the high road (M14).")]
    public bool Strategy { get; init; } = true;

    [Param("Firms are drawn to parks by incentives, macro conditions, infrastructure, labour, co-location and research links, in that order (M21).")]
    public bool LocationChoice { get; init; } = true;

    // Off by default: the seeds assert spillovers from co-location (WB:L95) but give no size, and firms rank
    // co-location low (WB:L757–759), so the baseline is calibrated without it; turning it on is a sensitivity test.
    [Param("A park's tenants learn from one another without a tie, gated by absorptive capacity (M3). Off by default.")]
    public bool CoTenantTransfer { get; init; }
}
