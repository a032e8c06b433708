using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;
using ClusterSim.Loader;

namespace ClusterSim.Tests.Randomness;

/// <summary>Common random numbers: one extra firm in a variant must not change any other agent's key or draws.</summary>
public class EntityKeyStabilityTests
{
    [Test]
    public void AnExtraFirmLeavesEveryOtherEntrantsKeyAndDrawsUnchanged()
    {
        var scenario = ScenarioLoader.Load(TestPaths.Scenario("baseline.yaml"), ["population.people=20000", "parameters.entry.entrepreneurship_per_month=0.05"]).Scenario;
        var plain = new Simulation(scenario, 0, new ChunkedExecutor(1, 256));
        var variant = new Simulation(scenario, 0, new ChunkedExecutor(1, 256));
        // The variant gets one extra firm before the run starts, shifting the row of every later entrant.
        var f = variant.State.Firms;
        int extra = f.Add(EntityKey.Child(12345, 0, 0), FirmKind.Sme, FirmOrigin.DeNovo, 0, 0, 0, 0, 0);
        f.Employees[extra] = 1;
        f.TargetEmployees[extra] = 1;
        f.CashUsd[extra] = 1e9;

        int before = plain.State.Firms.Count;
        plain.Step();
        variant.Step();

        // An entrant is keyed by (founder key, tick, 0): the same founder gives the same firm key in both runs.
        var entrants = Entrants(plain.State.Firms, before);
        var variantEntrants = Entrants(variant.State.Firms, before + 1);
        var common = entrants.Keys.Intersect(variantEntrants.Keys).ToArray();
        Assert.That(common, Has.Length.GreaterThan(10));
        Assert.That(common.Length, Is.GreaterThan(entrants.Count * 9 / 10), "nearly every entrant of the plain run enters the variant too");
        // The extra firm takes a sliver of the market, so a few entrants differ between the runs and rows shift by more or
        // less than one; keys and draws do not shift at all.
        Assert.That(common.Count(key => variantEntrants[key] != entrants[key]), Is.GreaterThan(0), "rows shift by the extra firm; keys do not");
        foreach (var key in common)
            Assert.That(plain.State.Random.Stream(Purpose.Market, 1, key).NextUInt(), Is.EqualTo(variant.State.Random.Stream(Purpose.Market, 1, key).NextUInt()));
    }

    private static Dictionary<ulong, int> Entrants(FirmTable firms, int firstRow)
    {
        var d = new Dictionary<ulong, int>();
        for (int r = firstRow; r < firms.Count; r++) d[firms.Key[r]] = r;
        return d;
    }
}
