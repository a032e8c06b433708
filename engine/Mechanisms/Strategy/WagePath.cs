using ClusterSim.Engine.Core;
using ClusterSim.Engine.Mechanisms.Market;

namespace ClusterSim.Engine.Mechanisms.Strategy;

/// <summary>
/// The wage path (M14): ln(w_ref / wage₀) of the reference wage rising at market.wage_trend_per_year. The market phase sets wages and prices from it; low-road firms relocate under it.
/// </summary>
internal static class WagePath
{
    /// <summary>How far the reference wage has risen: ln(w_ref / wage₀), from the wage path.</summary>
    public static double Rise(SimulationState s) => s.Parameters.Of<MarketParameters>().WageTrendPerYear == 0 ? 0 : s.Tick / 12.0 * Math.Log(1 + s.Parameters.Of<MarketParameters>().WageTrendPerYear);
}
