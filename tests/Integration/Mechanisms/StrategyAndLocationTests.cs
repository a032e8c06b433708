using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Model;

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
    public void WithLocationChoiceOffEveryParkDrawsTheSame()
    {
        var off = new Simulation(SmallRegion.Scenario("examples/all_institutions.yaml", "mechanisms.location_choice=false"), 0, new ChunkedExecutor(1, 1024));
        var on = new Simulation(SmallRegion.Scenario("examples/all_institutions.yaml"), 0, new ChunkedExecutor(1, 1024));
        for (int t = 0; t < 3; t++)
        {
            off.Step();
            on.Step();
        }
        Assert.That(off.State.Parks.Attraction, Is.All.EqualTo(1), "the switch turns off the phase that rates parks");
        Assert.That(on.State.Parks.Attraction, Has.Some.GreaterThan(1), "with it on, parks draw by their factors");
    }
}
