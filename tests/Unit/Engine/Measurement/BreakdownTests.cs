using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;

namespace ClusterSim.Tests.Engine.Measurement;

/// <summary>Breakdowns split the region's firms into groups: counts and sums over the groups add back up to the region's.</summary>
public class BreakdownTests
{
    [Test]
    public void GroupsAddUpToTheRegion()
    {
        var scenario = SmallRegion.Scenario("interventions/incubator_seed_fund.base.yaml", "outputs.breakdowns=[locality, kind, origin, park]", "run.replications=1");
        var simulation = new Simulation(scenario, 0, new ChunkedExecutor(2, 1024));
        int alive = Breakdowns.Indicators.ToList().IndexOf("firms_alive"), deaths = Breakdowns.Indicators.ToList().IndexOf("firm_deaths"),
            employment = Breakdowns.Indicators.ToList().IndexOf("firm_employment"), rd = Breakdowns.Indicators.ToList().IndexOf("alive_firm_rd_spend");
        int tenants = 0, deathsSeen = 0;
        for (int t = 0; t < 36; t++)
        {
            var row = simulation.Step().Row;
            Assert.That(row.Groups.Select(g => g.Breakdown), Is.EqualTo(new[] { Breakdown.Locality, Breakdown.Kind, Breakdown.Origin, Breakdown.Park }));
            double Region(string name) => row.Values[IndicatorCatalog.IndexOf(name)];
            var firms = simulation.State.Firms;
            double aliveRd = Enumerable.Range(0, firms.Count).Where(f => firms.Alive[f]).Sum(f => (double)firms.RdSpendUsdPerMonth[f]);
            foreach (var grouped in row.Groups)
            {
                double Sum(int k) => Enumerable.Range(0, grouped.Values.GetLength(0)).Sum(g => grouped.Values[g, k]);
                string where = $"tick {t}, {grouped.Breakdown}";
                Assert.That(grouped.Values.GetLength(0), Is.EqualTo(Breakdowns.Groups(scenario, grouped.Breakdown).Count), where);
                Assert.That(Sum(alive), Is.EqualTo(Region("firms_alive")), where);
                Assert.That(Sum(deaths), Is.EqualTo(Region("firm_deaths")), where);
                Assert.That(Sum(employment), Is.EqualTo(Region("employment") - Region("researchers")), where + ": firm employees");
                // The region's rd_spend also counts firms that spent and then exited in the tick; groups hold the alive firms.
                Assert.That(Sum(rd), Is.EqualTo(aliveRd).Within(1e-9 * aliveRd + 1e-6), where);
                Assert.That(Sum(rd), Is.LessThanOrEqualTo(Region("rd_spend") * (1 + 1e-6)), where);
            }
            var parks = row.Groups.Single(g => g.Breakdown == Breakdown.Park).Values;
            tenants += (int)Enumerable.Range(1, parks.GetLength(0) - 1).Sum(g => parks[g, alive]);
            deathsSeen += (int)Region("firm_deaths");
        }
        Assert.That(tenants, Is.GreaterThan(0), "park groups hold the parks' tenants");
        Assert.That(deathsSeen, Is.GreaterThan(0), "exits happened, so the death sums were tested");
    }

    [Test]
    public void ABreakdownListedTwiceIsAnError()
    {
        var e = Assert.Throws<ScenarioException>(() => SmallRegion.Scenario("baseline.yaml", "outputs.breakdowns=[kind, park, kind]"));
        Assert.That(e!.Message, Does.Contain("outputs.breakdowns[2]").And.Contain("listed twice"));
    }
}
