using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Strategy;

/// <summary>Parameters of the low road and the high road (M14). The <c>parameters.strategy</c> section.</summary>
[ParameterSection("strategy", Order = 24)]
internal sealed record StrategyParameters
{
    [Param("Log-odds of the high road for a firm of absorptive capacity 0: the region's habit of upgrading.", Unit = "log-odds", Min = -50, Max = 50, Source = "UN ¶19 L106; calibrated")]
    public double HighRoadBias { get; init; } = -1;

    [Param("Log-odds of the high road per unit of absorptive capacity: capable firms upgrade.", Unit = "log-odds", Min = -50, Max = 50, Source = "UN ¶23 L116 (lack of technological depth); calibrated")]
    public double HighRoadPerAc { get; init; } = 4;

    [Param("Share of the wage a low-road firm saves by low wages and low standards.", Unit = "share 0–1", Min = 0, Max = 1, Source = "UN ¶19 L106 (cut-throat low-wage measures); calibrated")]
    public double LowRoadWageDiscount { get; init; } = 0.1;

    [Param("Chance per month that a low-road firm relocates out of the region, per unit of log wage rise over the reference wage.", Unit = "1/month", Min = 0, Max = 10, Source = "UN ¶23 L116 (Hong Kong: relocation under rising labour costs); calibrated")]
    public double RelocationPerWageRise { get; init; } = 0.05;

    [Param("Share of the wage path's rise a high-road firm passes on in its prices: its differentiated products sell in markets whose competitors face the same rising costs.", Unit = "share 0–1", Min = 0, Max = 1, Source = "UN ¶19 L106, ¶23 L116 (SF17: high-road clusters sustain under wage pressure); guessed")]
    public double HighRoadPassThrough { get; init; } = 0.9;

    [Param("Share of the wage path's rise a low-road firm passes on in its prices: its standard products are priced by low-wage competitors outside the region.", Unit = "share 0–1", Min = 0, Max = 1, Source = "UN ¶19 L106 (competing on low wages), ¶23 L116; guessed")]
    public double LowRoadPassThrough { get; init; } = 0;
}
