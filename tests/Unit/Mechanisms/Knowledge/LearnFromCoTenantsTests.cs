using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Mechanisms.Knowledge;

/// <summary>Mechanism unit tests of informal transfer among a park's tenants (M3, co-location).</summary>
public class LearnFromCoTenantsTests
{
    /// <summary>The small baseline region with no tenants but three hand-set firms: a laggard and a leader in park 0, a laggard outside.</summary>
    private static (SimulationState State, int Laggard, int Leader, int Outsider) ThreeFirms()
    {
        var scenario = SmallRegion.Scenario("baseline.yaml", "mechanisms.co_tenant_transfer=true");
        var s = new Simulation(scenario, 0, new ChunkedExecutor(2, 64)).State;
        var firms = s.Firms;
        Array.Fill(firms.Park, -1);
        var alive = Enumerable.Range(0, firms.Count).Where(f => firms.Alive[f]).Take(3).ToArray();
        float[] levels = [0.5f, 5f, 0.5f];
        for (int i = 0; i < 3; i++)
        {
            var row = firms.KnowledgeOf(alive[i]);
            row.Clear();
            row[0] = levels[i];
            AbsorptiveCapacity.Refresh(firms, alive[i], levels[i], scenario.Parameters.Of<TransferParameters>().AcHalfSaturation);
        }
        firms.Park[alive[0]] = 0;
        firms.Park[alive[1]] = 0;
        return (s, alive[0], alive[1], alive[2]);
    }

    [Test]
    public void ALaggingTenantClosesPartOfItsGapToThePark()
    {
        var (s, laggard, leader, outsider) = ThreeFirms();
        double flowBefore = s.Flows[IndicatorCatalog.KnowledgeFromCoTenants];
        float peerBefore = s.Firms.InflowOf(laggard)[(int)KnowledgeChannel.Peer];
        new LearnFromCoTenants().Run(s);
        float gain = s.Firms.KnowledgeOf(laggard)[0] - 0.5f;
        float parkMean = (0.5f + 5f) / 2;
        Assert.That(gain, Is.GreaterThan(0));
        Assert.That(gain, Is.LessThan(parkMean - 0.5f), "a month closes only part of the gap");
        Assert.That(s.Firms.KnowledgeOf(leader)[0], Is.EqualTo(5f), "the leader learns nothing from a laggard");
        Assert.That(s.Firms.KnowledgeOf(outsider)[0], Is.EqualTo(0.5f), "no contact outside the park");
        Assert.That(s.Firms.InflowOf(laggard)[(int)KnowledgeChannel.Peer] - peerBefore, Is.EqualTo(gain).Within(1e-6), "credited to the peer channel");
        Assert.That(s.Flows[IndicatorCatalog.KnowledgeFromCoTenants] - flowBefore, Is.EqualTo(gain).Within(1e-6));
        Assert.That(s.Firms.KnowledgeLevel[laggard], Is.EqualTo(0.5f + gain).Within(1e-6), "level and AC follow the new row");
    }

    [Test]
    public void OffByDefaultItCountsNothingAndOnTenantsLearn()
    {
        var off = SmallRegion.Run(24, 0);
        var on = SmallRegion.Run(24, 0, "mechanisms.co_tenant_transfer=true");
        Assert.That(SmallRegion.Sum(off, "knowledge_from_co_tenants"), Is.EqualTo(0));
        Assert.That(SmallRegion.Sum(on, "knowledge_from_co_tenants"), Is.GreaterThan(0));
    }
}
