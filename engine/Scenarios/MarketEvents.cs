namespace ClusterSim.Engine.Scenarios;

/// <summary>The names of the scenario's <c>market_events</c>, what each changes outside the region (OutsideWorld applies them).</summary>
internal static class MarketEvents
{
    /// <summary>Outside demand for the region's exports × (1 − value) (TSER ¶4 L11).</summary>
    public const string Recession = "recession";

    /// <summary>Import prices × (1 − value): tariffs and barriers come down (UN ¶40 L168, ¶61 L292).</summary>
    public const string Liberalisation = "liberalisation";

    /// <summary>The external competitor's productivity × (1 + value).</summary>
    public const string Competitor = "competitor";

    public static IReadOnlyList<string> Names { get; } = [Recession, Liberalisation, Competitor];
}
