namespace ClusterSim.Tests.Mechanisms.Knowledge;

/// <summary>Informal transfer among tenants in whole runs of the small baseline region (mechanism test, not a stylised fact).</summary>
public class LearnFromCoTenantsRunTests
{
    [Test]
    public void OffByDefaultItCountsNothingAndOnTenantsLearn()
    {
        var off = SmallRegion.Run(24, 0);
        var on = SmallRegion.Run(24, 0, "mechanisms.co_tenant_transfer=true");
        Assert.That(SmallRegion.Sum(off, "knowledge_from_co_tenants"), Is.EqualTo(0));
        Assert.That(SmallRegion.Sum(on, "knowledge_from_co_tenants"), Is.GreaterThan(0));
    }
}
