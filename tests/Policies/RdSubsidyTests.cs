using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Tests.Policies;

/// <summary>The rd_subsidy lever, compared with common random numbers on a small region.</summary>
public class RdSubsidyTests
{
    private static double[][] Run(params string[] policy)
    {
        var scenario = ScenarioLoader.Load(TestPaths.Scenario("baseline.yaml"), ["population.people=10000", "run.ticks=48", "run.burn_in_ticks=0", .. policy]).Scenario;
        var sim = new Simulation(scenario, 0, new ChunkedExecutor(1, 1024));
        return Enumerable.Range(0, 48).Select(_ => sim.Step().Values).ToArray();
    }

    [Test]
    public void SubsidyRaisesKnowledgeAndIsPaidOnlyWhileInForce()
    {
        var baseline = Run();
        var subsidy = Run("policies.rd_subsidy={value: 0.5, from: 24}");
        int knowledge = Engine.Indicators.IndicatorCatalog.KnowledgeMean, spend = Engine.Indicators.IndicatorCatalog.PublicSpendTotal;
        for (int t = 0; t < 24; t++)
        {
            Assert.That(subsidy[t], Is.EqualTo(baseline[t]), $"nothing changes before the lever starts (tick {t})");
        }
        Assert.That(subsidy[47][knowledge], Is.GreaterThan(baseline[47][knowledge]));
        Assert.That(subsidy[30][spend], Is.GreaterThan(0));
        Assert.That(baseline[30][spend], Is.EqualTo(0));
    }
}
