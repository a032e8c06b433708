using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Demography;

/// <summary>Parameters of universities' graduates entering the labour market (M7). The <c>parameters.graduates</c> section.</summary>
[ParameterSection("graduates", Order = 9)]
internal sealed record GraduateParameters
{
    [Param("Calendar month in which graduates enter the labour market.", Unit = "month 1–12", Min = 1, Max = 12, Source = "modelling choice")]
    public int GraduationMonth { get; init; } = 7;

    [Param("Age of a new graduate.", Unit = "years", Min = 14, Max = 60, Source = "modelling choice")]
    public double AgeYears { get; init; } = 23;

    [Param("Graduate's expertise as a share of the university's knowledge in the field.", Unit = "share", Min = 0, Max = 10, Source = "TSER ¶15 L34; calibrated")]
    public double ExpertiseShare { get; init; } = 0.5;
}
