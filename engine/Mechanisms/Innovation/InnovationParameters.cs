using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Innovation;

/// <summary>Parameters of innovation events and their productivity bonus (M1). The <c>parameters.innovation</c> section.</summary>
[ParameterSection("innovation", Order = 5)]
internal sealed record InnovationParameters
{
    [Param("Innovation events per month per knowledge unit of recent inflow, for a firm of one employee.", Unit = "events per (month × knowledge unit)", Min = 0, Max = 1_000, Source = "calibrated; validation-targets E6, E10")]
    public double RatePerKnowledgeInflow { get; init; } = 0.03;

    [Param("Knowledge new to the firm, as a share of what it knows, that an innovation needs: a firm innovates only once its knowledge inflows since its last innovation reach this share of its knowledge level (a new or significantly improved product or process, as the Community Innovation Survey counts one).", Unit = "share of the firm's knowledge", Min = 0, Max = 10, Source = "assumed; Eurostat CIS (Oslo Manual 2018: new or significantly improved, new to the firm)")]
    public double Significance { get; init; } = 0.1;

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
