using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Demography;

/// <summary>Parameters of ageing, retirement and migration. The <c>parameters.demography</c> section.</summary>
[ParameterSection("demography", Order = 13)]
internal sealed record DemographyParameters
{
    [Param("Age from which people may retire.", Unit = "years", Min = 30, Max = 90, Source = "modelling choice")]
    public double RetirementAgeYears { get; init; } = 60;

    [Param("Age at which everyone still in the labour force retires.", Unit = "years", Min = 30, Max = 100, Source = "modelling choice")]
    public double MandatoryRetirementAgeYears { get; init; } = 67;

    [Param("Chance per month of retiring between the two ages.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double RetirementHazardPerMonth { get; init; } = 0.02;

    [Param("Chance per month that a person leaves the region when its expected income equals the outside's (scaled by the migration response).", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double EmigrationRatePerMonth { get; init; } = 0.001;

    [Param("Immigrants per month per 1,000 residents when the region's expected income equals the outside's (scaled by the migration response).", Key = "immigrants_per_1000_per_month", Unit = "persons per 1,000 per month", Min = 0, Max = 1_000, Source = "calibrated")]
    public double ImmigrantsPer1000PerMonth { get; init; } = 2.1;

    [Param("Youngest age of an immigrant (ages uniform to the oldest).", Unit = "years", Min = 14, Max = 90, Source = "modelling choice")]
    public double ImmigrantMinAgeYears { get; init; } = 22;

    [Param("Oldest age of an immigrant.", Unit = "years", Min = 14, Max = 90, Source = "modelling choice")]
    public double ImmigrantMaxAgeYears { get; init; } = 45;

    [Param("Elasticity of migration to expected income (Harris–Todaro): immigration × R^η and emigration × R^−η, R = (1 − u) · w̄ / ((1 − u_out) · w_out), the region's employment rate times its mean wage over the outside's.", Unit = "elasticity", Min = 0, Max = 20, Source = "assumed; Harris & Todaro (1970, AER 60:126); internal-migration elasticities to income differentials of about 1–2 (Greenwood 1997, Handbook of Population and Family Economics)")]
    public double MigrationElasticity { get; init; } = 1.5;

    [Param("Unemployment rate outside the region, against which migrants weigh the region's job prospects.", Unit = "share 0–1", Min = 0, Max = 0.99, Source = "assumed; equal to market.reference_unemployment")]
    public double OutsideUnemployment { get; init; } = 0.06;

    [Param("Share of a university's graduates who enter the regional labour force when the region's expected income equals the outside's; the rest leave at graduation. The odds of staying move with R^η.", Unit = "share 0–1", Min = 0.001, Max = 0.999, Source = "assumed; TSER ¶15 L34 (local recruitment of graduates)")]
    public double GraduateRetention { get; init; } = 0.7;
}
