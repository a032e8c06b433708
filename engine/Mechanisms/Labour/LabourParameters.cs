using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Labour;

/// <summary>Parameters of the labour market: wages, quits, layoffs, job-to-job moves and hiring (M6). The <c>parameters.labour</c> section.</summary>
[ParameterSection("labour", Order = 7)]
internal sealed record LabourParameters
{
    [Param("Chance per month that an employee quits into unemployment.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; validation-targets E5")]
    public double QuitRatePerMonth { get; init; } = 0.008;

    [Param("Chance per month that an unemployed person applies to a firm with vacancies.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double SearchRatePerMonth { get; init; } = 0.5;

    [Param("Chance per month that an employed person applies for another job.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated; validation-targets E5 (6–15 % change employer per year)")]
    public double OnTheJobSearchRatePerMonth { get; init; } = 0.03;

    [Param("Share of the gap between a mover's expertise and the hiring firm's knowledge in that field that the firm gains, at AC 1, for a firm of one employee (divided by √employees).", Unit = "share 0–1", Min = 0, Max = 1, Source = "TSER ¶29 L62 (mobility as collective learning); calibrated")]
    public double CarriedKnowledgeShare { get; init; } = 0.3;

    [Param("Share of the gap to the employer's knowledge in their field that a worker learns per month.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double OnTheJobLearningPerMonth { get; init; } = 0.03;

    [Param("Weight of the collaboration tie a job-to-job move creates from the new employer to the old one (social proximity: a shared employee).", Unit = "weight", Min = 0, Max = 1, Source = "brief M6 (a weak tie forms between old and new employer), M3 (social proximity)")]
    public double MobilityTieWeight { get; init; } = 0.5;

    [Param("Expertise lost per month while unemployed.", Unit = "1/month", Min = 0, Max = 1, Source = "calibrated")]
    public double UnemployedExpertiseDecayPerMonth { get; init; } = 0.01;

    [Param("Elasticity of a firm's wage to its value added per worker relative to the average firm's at the start (rent sharing).", Unit = "elasticity", Min = 0, Max = 1, Source = "Card, Cardoso, Heining & Kline (2018, J. Labor Econ. 36:S13): firm-level rent-sharing elasticities of 0.05–0.15; assumed 0.1")]
    public double RentSharingElasticity { get; init; } = 0.1;

    [Param("The reservation wage as a share of the outside wage: no one takes a job that pays less, and a firm pays at least this.", Unit = "share of the outside wage", Min = 0, Max = 2, Source = "assumed (unemployment benefits and home production; replacement rates of 0.6–0.8 of the wage)")]
    public double ReservationWageShare { get; init; } = 0.8;
}
