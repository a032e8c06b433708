using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Training;

/// <summary>Parameters of firms' training of their staff (M7). The <c>parameters.training</c> section.</summary>
[ParameterSection("training", Order = 8)]
internal sealed record TrainingParameters
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
