using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Model;
using ClusterSim.Loader;

namespace ClusterSim.Tests.Core;

/// <summary>
/// The firm life cycle has no cliffs (issue 19): over the baseline at 30,000 people, 144 months and three replications,
/// firms born during the run also exit in their first year, and no single month of age holds a large share of exits,
/// as exit follows a firm's position, not its age. A plausibility floor, not the survival targets of E3.
/// </summary>
public class LifeCycleTests
{
    [Test]
    public void ExitsOfFirmsBornInTheRunAreSpreadOverAgesAndIncludeTheFirstYear()
    {
        var ages = new List<int>();
        foreach (int r in new[] { 0, 1, 2 })
        {
            var scenario = ScenarioLoader.Load(TestPaths.Scenario("baseline.yaml"), ["population.people=30000", "run.ticks=144"]).Scenario;
            var sim = new Simulation(scenario, r, new ChunkedExecutor(2, scenario.Run.ChunkSize));
            int generated = sim.State.Firms.Count;
            for (int t = 0; t < 144; t++)
            {
                sim.Step(); // the state then stands at the next tick: the exits were at tick t
                foreach (int f in sim.State.ExitedThisTick)
                    if (f >= generated) ages.Add(t - sim.State.Firms.BirthTick[f]);
            }
        }
        Assert.That(ages, Has.Count.GreaterThan(500), "enough in-run exits to judge");
        Assert.That(ages.Count(a => a < 12) / (double)ages.Count, Is.GreaterThan(0.02), "exits in the first year of age");
        double largest = ages.GroupBy(a => a).Max(g => g.Count()) / (double)ages.Count;
        Assert.That(largest, Is.LessThanOrEqualTo(0.10), "no single month of age holds more than a tenth of exits");
    }
}
