using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Model;
using ClusterSim.Loader;
using static ClusterSim.Engine.Indicators.IndicatorCatalog;

namespace ClusterSim.Tests.Core;

/// <summary>
/// The baseline, with no policy, stays plausible for 240 months after its burn-in: firm count, population,
/// employment and mean firm size drift less than 25 %, and annual birth and death rates stay within
/// 5–15 %. A plausibility floor that guards the calibration, not the calibration targets themselves.
/// </summary>
public class BaselinePlausibilityTests
{
    private double[][] _rows = null!;

    [OneTimeSetUp]
    public void RunBaseline()
    {
        var scenario = ScenarioLoader.Load(TestPaths.Scenario("baseline.yaml")).Scenario;
        int burnIn = scenario.Run.BurnInTicks;
        Assert.That(burnIn, Is.EqualTo(24), "the baseline's burn-in, as docs/model.md §9 states");
        var sim = new Simulation(scenario, 0, new ChunkedExecutor(2, scenario.Run.ChunkSize));
        var all = new double[burnIn + 240][];
        for (int t = 0; t < all.Length; t++) all[t] = sim.Step().Row.Values;
        _rows = all[burnIn..];
    }

    [TestCase("firms_alive")]
    [TestCase("population")]
    [TestCase("employment")]
    [TestCase("mean_firm_size")]
    public void DriftsLessThanAQuarter(string indicator)
    {
        int i = IndexOf(indicator);
        Assert.That(_rows[^1][i] / _rows[0][i], Is.InRange(0.75, 1.25));
    }

    [Test]
    public void AnnualBirthAndDeathRatesStayBetweenFiveAndFifteenPercent()
    {
        for (int year = 0; year < 20; year++)
        {
            var months = _rows[(year * 12)..((year + 1) * 12)];
            double alive = months.Average(v => v[FirmsAlive.Index]);
            Assert.That(months.Sum(v => v[FirmBirths.Index]) / alive, Is.InRange(0.05, 0.15), $"births, year {year + 1}");
            Assert.That(months.Sum(v => v[FirmDeaths.Index]) / alive, Is.InRange(0.05, 0.15), $"deaths, year {year + 1}");
        }
    }

    [Test]
    public void EveryCoreIndicatorIsNonZeroOverTheRun()
    {
        foreach (var name in IdentityTests.CoreIndicators)
            Assert.That(_rows.Sum(v => v[IndexOf(name)]), Is.GreaterThan(0), name);
    }
}
