using ClusterSim.Engine.Core;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Engine.Mechanisms.Knowledge;

/// <summary>Mechanism unit tests of informal transfer among a park's tenants (M3, co-location).</summary>
public class LearnFromCoTenantsTests
{
    /// <summary>A laggard and a leader in park 0, and a laggard outside any park.</summary>
    private static (SimulationState State, int Laggard, int Leader, int Outsider) ThreeFirms()
    {
        var region = new TestRegion("institutions: {parks: [{name: p, model: bic_incubator}]}\n", "mechanisms.co_tenant_transfer=true");
        int laggard = region.AddFirm(knowledge: 0.5f, park: 0), leader = region.AddFirm(knowledge: 5f, park: 0);
        int outsider = region.AddFirm(knowledge: 0.5f);
        return (region.State, laggard, leader, outsider);
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
}
