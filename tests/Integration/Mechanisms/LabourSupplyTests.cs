using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Model;
using MathNet.Numerics.Distributions;

namespace ClusterSim.Tests.Mechanisms;

/// <summary>
/// Labour supply responds to the region's wages and job prospects against the outside's (issue 19): paired on common
/// random numbers on the small baseline region (20,000 people), 96 months, five replications, each outcome summed over
/// months 24–95 and judged by the 95 % interval of the paired differences. The responses are emergent: the variants
/// change the outside wage path or export demand, never a migration rate.
/// </summary>
public class LabourSupplyTests
{
    private static readonly int[] Replications = [0, 1, 2, 3, 4];
    private const int Ticks = 96, From = 24;

    /// <summary>Per replication, the sums over months From–95 of migrants in, net migration, the mean wage and open vacancies.</summary>
    private static (double In, double Net, double Wage, double Vacancies)[] Runs(params string[] overrides) => Replications.Select(r =>
    {
        var sim = new Simulation(SmallRegion.Scenario(overrides), r, new ChunkedExecutor(2, 1024));
        double migrantsIn = 0, net = 0, wage = 0, vacancies = 0;
        for (int t = 0; t < Ticks; t++)
        {
            var row = sim.Step().Row.Values;
            if (t < From) continue;
            migrantsIn += row[IndicatorCatalog.MigrantsIn.Index];
            net += row[IndicatorCatalog.NetMigration.Index];
            wage += row[IndicatorCatalog.Wage.Index];
            var firms = sim.State.Firms;
            for (int f = 0; f < firms.Count; f++)
                if (firms.Alive[f]) vacancies += Math.Max(0, firms.TargetEmployees[f] - firms.Employees[f]);
        }
        return (migrantsIn, net, wage, vacancies);
    }).ToArray();

    /// <summary>The 95 % interval of the mean paired difference variant − base.</summary>
    private static (double Low, double High) Interval(double[] variant, double[] baseline)
    {
        var d = variant.Zip(baseline, (v, b) => v - b).ToArray();
        double mean = d.Average(), sd = Math.Sqrt(d.Sum(x => (x - mean) * (x - mean)) / (d.Length - 1));
        double half = StudentT.InvCDF(0, 1, d.Length - 1, 0.975) * sd / Math.Sqrt(d.Length);
        return (mean - half, mean + half);
    }

    [Test]
    public void AHigherOutsideWagePathRaisesNetOutMigration()
    {
        // The outside wage rising 3 % a year against none: the region's expected income falls behind the outside's.
        var flat = Runs();
        var rising = Runs("parameters.market.wage_trend_per_year=0.03");
        var (low, high) = Interval([.. rising.Select(r => r.Net)], [.. flat.Select(r => r.Net)]);
        TestContext.Out.WriteLine($"net migration, months 24–95, rising − flat: [{low:F0}, {high:F0}] (flat: {flat.Average(r => r.Net):F0})");
        Assert.That(high, Is.LessThan(0), $"net migration falls: the paired difference lies in [{low:F0}, {high:F0}]");
    }

    [Test]
    public void MoreVacanciesAtAHigherWageRaiseInMigration()
    {
        // Twice the export demand: firms want to grow (vacancies) and add more value per worker (wages); nothing about
        // migration changes but what migrants see.
        var plain = Runs();
        var booming = Runs("parameters.soft_landing.export_demand=0.4");
        var vacancies = Interval([.. booming.Select(r => r.Vacancies)], [.. plain.Select(r => r.Vacancies)]);
        var wage = Interval([.. booming.Select(r => r.Wage)], [.. plain.Select(r => r.Wage)]);
        var migrants = Interval([.. booming.Select(r => r.In)], [.. plain.Select(r => r.In)]);
        TestContext.Out.WriteLine($"booming − plain, months 24–95: vacancies [{vacancies.Low:F0}, {vacancies.High:F0}], wage [{wage.Low:F0}, {wage.High:F0}], migrants in [{migrants.Low:F0}, {migrants.High:F0}] (plain: {plain.Average(r => r.In):F0})");
        Assert.That(vacancies.Low, Is.GreaterThan(0), $"more vacancies: [{vacancies.Low:F0}, {vacancies.High:F0}]");
        Assert.That(wage.Low, Is.GreaterThan(0), $"at a higher wage: [{wage.Low:F0}, {wage.High:F0}]");
        Assert.That(migrants.Low, Is.GreaterThan(0), $"more immigrants: [{migrants.Low:F0}, {migrants.High:F0}]");
    }
}
