using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Market;
using ClusterSim.Engine.Mechanisms.Strategy;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Labour;

/// <summary>
/// Wages (brief M6, M14; UN ¶36 L154, WB:L652 on scarcity and regional salaries), set each month by the market phase
/// from the local labour market and the firm's own economics:
/// (1) a locality's wage level W_l = wage_per_month × region.wage_levels[l] × P × (u_l / u_ref)^−ε: the wage curve on
/// the locality's unemployment u_l (jobs in the locality over the people living there), at the outside price level P;
/// (2) a firm's wage w = max(reservation wage, W_l × (y / y_ref)^θ × (1 − d if on the low road)): rent sharing with
/// elasticity θ on its value added per worker y last month against y_ref = markup × wage_per_month × P, what a firm of
/// average productivity added per worker at the start; a low-road firm pays the low-road discount d less;
/// (3) nobody works below the reservation wage, reservation_wage_share of the outside wage (wage_per_month on the
/// outside wage path): what a worker can earn outside the region or get out of work. A firm whose wage falls below it
/// pays it. So a rising outside wage path raises first the wages of the firms that pay least.
/// </summary>
internal static class FirmWages
{
    // Value added per worker below this share of y_ref (none, or a loss) counts as this share: the power needs a
    // positive base, and at the defaults such a firm pays the reservation wage anyway (0.01^0.1 ≈ 0.63 of its
    // locality's level, below 0.8).
    private const double LeastRents = 0.01;

    /// <summary>The outside wage this month: wage_per_month on the outside wage path.</summary>
    public static double Outside(SimulationState s) => s.Parameters.Of<MarketParameters>().WagePerMonth * Math.Exp(OutsideWorld.WageRise(s));

    /// <summary>The reservation wage this month: reservation_wage_share of the outside wage.</summary>
    public static double Reservation(SimulationState s) => s.Parameters.Of<LabourParameters>().ReservationWageShare * Outside(s);

    /// <summary>The wage level index of <paramref name="locality"/>: <c>region.wage_levels</c>, 1 when it gives none.</summary>
    public static double LevelOf(Scenarios.RegionSettings region, int locality) => region.WageLevels.Count > 0 ? region.WageLevels[locality] : 1;

    /// <summary>W_l: the wage level of a locality of level <paramref name="level"/> and unemployment <paramref name="unemployment"/> at price level <paramref name="priceLevel"/>.</summary>
    public static double LocalityLevel(MarketParameters p, double level, double unemployment, double priceLevel) =>
        p.WagePerMonth * level * priceLevel * Math.Pow(unemployment / p.ReferenceUnemployment, -p.WageCurveElasticity);

    /// <summary>A locality's unemployment: 1 − its jobs over the people living there (the reference rate where no one lives).</summary>
    public static double LocalityUnemployment(MarketParameters p, double jobs, int living) =>
        living > 0 ? Math.Clamp(1 - jobs / living, 1e-3, 1) : p.ReferenceUnemployment;

    /// <summary>Sets every alive firm's wage for the month; returns the wage bill and the employees it pays.</summary>
    /// <param name="s">The state, with this month's locality levels and reservation wage; reads last month's value added, writes <see cref="FirmTable.Wage"/>.</param>
    /// <param name="priceLevel">The outside price level this month.</param>
    public static (double Bill, double Employees) Pay(SimulationState s, double priceLevel)
    {
        Span<double> sums = stackalloc double[2];
        s.Executor.Reduce(s.Firms.Count, new PayBody(s, ReferenceValueAdded(s.Parameters.Of<MarketParameters>(), priceLevel)), sums);
        return (sums[0], sums[1]);
    }

    private readonly struct PayBody(SimulationState s, double reference) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            var firms = s.Firms;
            var labour = s.Parameters.Of<LabourParameters>();
            var strategy = s.Parameters.Of<StrategyParameters>();
            double reservation = s.Region.ReservationWageUsdPerMonth;
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                double wage = Of(s.Region.LocalityWage[firms.Locality[f]], ValueAddedPerWorker(firms, f), reference, firms.HighRoad[f], labour, strategy, reservation);
                firms.Wage[f] = (float)wage;
                sums[0] += firms.Employees[f] * (double)firms.Wage[f];
                sums[1] += firms.Employees[f];
            }
        }
    }

    /// <summary>
    /// The wage of a firm in a locality of wage level <paramref name="localityWage"/> that added
    /// <paramref name="valueAddedPerWorker"/> per worker (NaN for a firm that has not sold yet: it pays the locality's level).
    /// </summary>
    private static double Of(double localityWage, double valueAddedPerWorker, double referenceValueAdded, bool highRoad, LabourParameters labour, StrategyParameters strategy, double reservation)
    {
        double rents = double.IsNaN(valueAddedPerWorker) || referenceValueAdded <= 0 ? 1
            : Math.Pow(Math.Max(valueAddedPerWorker, LeastRents * referenceValueAdded) / referenceValueAdded, labour.RentSharingElasticity);
        double wage = localityWage * rents * (highRoad ? 1 : 1 - strategy.LowRoadWageDiscount);
        return Math.Max(reservation, wage);
    }

    /// <summary>y_ref: what a firm of average productivity added per worker at the start, at this month's outside price level.</summary>
    private static double ReferenceValueAdded(MarketParameters p, double priceLevel) => p.Markup * p.WagePerMonth * priceLevel;

    /// <summary>A firm's value added per worker last month, NaN when it has sold nothing yet.</summary>
    private static double ValueAddedPerWorker(FirmTable firms, int f) =>
        firms.RevenueUsdPerMonth[f] > 0 && firms.Employees[f] > 0 ? firms.ValueAddedUsdPerMonth(f) / firms.Employees[f] : double.NaN;

    /// <summary>What a new firm in <paramref name="locality"/> pays until its first market phase: the locality's level, at least the reservation wage.</summary>
    public static double Starting(SimulationState s, int locality) => Math.Max(s.Region.ReservationWageUsdPerMonth, s.Region.LocalityWage[locality]);
}
