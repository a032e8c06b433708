using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>Parameters of the yearly R&amp;D review (M1): who does R&amp;D and how much. The <c>parameters.rd</c> section.</summary>
[ParameterSection("rd", Order = 2)]
internal sealed record RdParameters
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
