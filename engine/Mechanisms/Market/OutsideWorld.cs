using ClusterSim.Engine.Core;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Market;

/// <summary>
/// The world outside the region, as the market phase sees it this month: the outside wage (wage_trend_per_year), the
/// outside price level (price_trend_per_year), outside demand (1, less the scenario's recessions), the price of imports (1, less trade
/// liberalisation) and the external competitor's productivity, which grows at external_productivity_growth_per_year
/// from the region's starting level × external_relative_productivity, plus the scenario's competitor events.
/// Paths only: the region is small, so nothing it does moves them (brief M14, M19; TSER ¶4 L11; UN ¶40 L168, ¶61 L292).
/// </summary>
internal static class OutsideWorld
{
    /// <summary>The external competitor's productivity at tick 0, from the region's competitiveness at <paramref name="tick"/>: where the competitor starts.</summary>
    public static double CompetitorAtStart(MarketParameters p, double regionalCompetitiveness, int tick) =>
        p.ExternalRelativeProductivity * regionalCompetitiveness / Math.Pow(1 + p.ExternalProductivityGrowthPerYear, tick / 12.0);

    /// <summary>How far the outside wage has risen since tick 0: ln(w_out / wage₀).</summary>
    public static double WageRise(SimulationState s) => Rise(s.Parameters.Of<MarketParameters>().WageTrendPerYear, s.Tick);

    /// <summary>How far the outside price level has risen since tick 0: ln P.</summary>
    public static double PriceRise(SimulationState s) => Rise(s.Parameters.Of<MarketParameters>().PriceTrendPerYear, s.Tick);

    private static double Rise(double perYear, int tick) => perYear == 0 ? 0 : tick / 12.0 * Math.Log(1 + perYear);

    /// <summary>This month's outside paths, from the scenario's market events and the competitor's start.</summary>
    public static Paths At(SimulationState s, double competitorAtStart)
    {
        var p = s.Parameters.Of<MarketParameters>();
        double demand = 1, importPrice = 1, competitor = 1;
        foreach (var (name, schedules) in s.Scenario.MarketEvents)
            foreach (var schedule in schedules)
            {
                double value = schedule.LevelAt(s.Tick);
                if (value == 0) continue;
                switch (name)
                {
                    case MarketEvents.Recession: demand *= 1 - value; break;
                    case MarketEvents.Liberalisation: importPrice *= 1 - value; break;
                    case MarketEvents.Competitor: competitor *= 1 + value; break;
                }
            }
        return new Paths(Math.Exp(PriceRise(s)), demand, importPrice,
            competitorAtStart * Math.Pow(1 + p.ExternalProductivityGrowthPerYear, s.Tick / 12.0) * competitor);
    }

    /// <summary>The outside world of one month.</summary>
    /// <param name="PriceLevel">The outside price level, e^(price rise).</param>
    /// <param name="Demand">Outside demand for exports, 1 less the recessions in force.</param>
    /// <param name="ImportPrice">The price of imports, 1 less liberalisation.</param>
    /// <param name="CompetitorProductivity">The external competitor's productivity.</param>
    public readonly record struct Paths(double PriceLevel, double Demand, double ImportPrice, double CompetitorProductivity)
    {
        /// <summary>
        /// The competitor's price per unit of market weight: what a worker of a firm of its productivity sells at capacity
        /// (the value added markup over the starting wage, grossed up by inputs) at the outside price level, over its productivity.
        /// </summary>
        public double CompetitorPrice(MarketParameters p) => PriceLevel * p.WagePerMonth * p.Markup / (1 - p.InputShare) / CompetitorProductivity;
    }
}
