using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>Parameters of knowledge creation (M1): obsolescence, R&amp;D yield and intensity, institutional research. The <c>parameters.knowledge</c> section.</summary>
[ParameterSection("knowledge", Order = 1)]
internal sealed record KnowledgeParameters
{
    [Param("Share of each knowledge field lost per month (obsolescence δ).", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; UN ¶7 L71 (obsolescence)")]
    public double ObsolescencePerMonth { get; init; } = 0.01;

    [Param("Knowledge added to the firm's own field per month per unit of R&D intensity.", Unit = "knowledge units per (month × R&D/value added)", Min = 0, Max = 1_000, Source = "calibrated; UN ¶39 L166")]
    public double RdYield { get; init; } = 0.5;

    [Param("R&D spend as a share of value added for a firm of baseline knowledge (business R&D intensity as OECD measures it).", Unit = "share of value added", Min = 0, Max = 1, Source = "calibrated")]
    public double RdIntensity { get; init; } = 0.02;

    [Param("Knowledge an institution adds per month per million USD of annual research budget, spread over its fields.", Unit = "knowledge units per (month × MUSD/year)", Min = 0, Max = 1_000, Source = "calibrated; brief §1.4")]
    public double InstitutionResearchYield { get; init; } = 0.005;

    [Param("Elasticity of R&D intensity to the R&D subsidy rate.", Unit = "elasticity", Min = 0, Max = 100, Source = "calibrated")]
    public double RdSubsidyElasticity { get; init; } = 1.5;
}
