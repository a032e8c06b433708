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

    [Param("Chance per month that a person leaves the region.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double EmigrationRatePerMonth { get; init; } = 0.001;

    [Param("Immigrants per month per 1,000 residents.", Key = "immigrants_per_1000_per_month", Unit = "persons per 1,000 per month", Min = 0, Max = 1_000, Source = "calibrated")]
    public double ImmigrantsPer1000PerMonth { get; init; } = 2.1;

    [Param("Youngest age of an immigrant (ages uniform to the oldest).", Unit = "years", Min = 14, Max = 90, Source = "modelling choice")]
    public double ImmigrantMinAgeYears { get; init; } = 22;

    [Param("Oldest age of an immigrant.", Unit = "years", Min = 14, Max = 90, Source = "modelling choice")]
    public double ImmigrantMaxAgeYears { get; init; } = 45;
}
