using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Parks;

namespace ClusterSim.Tests.Mechanisms;

public class StrategyAndLocationTests
{
    [Test]
    public void LowRoadFirmsDoNoRdAndHighRoadFirmsMay()
    {
        var sim = new Simulation(SmallRegion.Scenario(), 0, new ChunkedExecutor(2, 1024));
        for (int t = 0; t < 24; t++) sim.Step();
        var firms = sim.State.Firms;
        int low = 0, highRd = 0;
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            if (!firms.HighRoad[f]) { low++; Assert.That(firms.RdPerformer[f], Is.False, $"low-road firm {f}"); Assert.That(firms.TrainingShare[f], Is.EqualTo(0)); }
            else if (firms.RdPerformer[f]) highRd++;
        }
        Assert.That(low, Is.GreaterThan(0));
        Assert.That(highRd, Is.GreaterThan(0));
    }

    [Test]
    public void IncentivesMacroInfrastructureAndLabourOutrankColocationAndResearch()
    {
        // SF23 (WB:L757–759): equal changes of each factor, in the order of the survey's ranking.
        var s = new Simulation(SmallRegion.Scenario("examples/all_institutions.yaml"), 0, new ChunkedExecutor(1, 1024)).State;
        var w = s.Parameters.LocationChoice;
        double[] marginal = [w.IncentivesWeight, w.MacroWeight, w.InfrastructureWeight, w.LabourWeight, w.ColocationWeight, w.ResearchWeight];
        Assert.That(marginal, Is.Ordered.Descending);
        Assert.That(marginal[3], Is.GreaterThan(marginal[4]));
        // The attraction responds to each factor through those weights: more rent subsidy draws more.
        int park = s.Parks.Specs.Select(p => p.Name).ToList().IndexOf("city_incubator");
        double before = LocationChoice.Attraction(s, park);
        var cheaper = new Simulation(SmallRegion.Scenario("examples/all_institutions.yaml", "policies.rent_subsidy={value: 0.5, target: 'park:city_incubator'}"), 0, new ChunkedExecutor(1, 1024));
        cheaper.State.Policy.StartTick(0);
        Assert.That(LocationChoice.Attraction(cheaper.State, park), Is.GreaterThan(before));
    }

    [Test]
    public void WithLocationChoiceOffEveryParkDrawsTheSame()
    {
        var s = new Simulation(SmallRegion.Scenario("examples/all_institutions.yaml", "mechanisms.location_choice=false"), 0, new ChunkedExecutor(1, 1024)).State;
        for (int k = 0; k < s.Parks.Count; k++) Assert.That(LocationChoice.Attraction(s, k), Is.EqualTo(1));
    }
}

public class WagePathTests
{
    [Test]
    public void ARisingWagePathCostsALowRoadRegionMoreFirmsThanAHighRoadOne()
    {
        // SF17 in part (UN ¶19 L106, ¶23 L116): the firms a rising wage path costs each region, paired on seeds.
        // (That a high-road region keeps growing in absolute terms is not reproduced: see docs/model.md, choose_strategy.)
        double Firms(double bias, double trend) => new[] { 0, 1, 2 }.Sum(r =>
            SmallRegion.Run(96, r, $"parameters.market.wage_trend_per_year={trend}", $"parameters.strategy.high_road_bias={bias}")[^12..]
                .Average(v => v[IndicatorCatalog.FirmsAlive]));
        double lowRoadLoss = Firms(-6, 0) - Firms(-6, 0.05), highRoadLoss = Firms(6, 0) - Firms(6, 0.05);
        Assert.That(lowRoadLoss, Is.GreaterThan(0));
        Assert.That(lowRoadLoss, Is.GreaterThan(highRoadLoss));
    }
}
