using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Spinoffs;

/// <summary>Parameters of spin-off foundation by employees of firms and institutions (M5). The <c>parameters.spinoffs</c> section.</summary>
[ParameterSection("spinoffs", Order = 10)]
internal sealed record SpinoffParameters
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
