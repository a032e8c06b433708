using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Engine.Mechanisms.Knowledge;

/// <summary>Mechanism unit tests of transfer through ties (M2), on two hand-made firms.</summary>
public class LearnFromTiesTests
{
    /// <summary>Firm 0 behind firm 1 (knowledge 5), optionally tied to it; returns what firm 0 gained.</summary>
    private static float Gain(bool tied, float ownLevel)
    {
        var region = new TestRegion();
        int laggard = region.AddFirm(knowledge: ownLevel), leader = region.AddFirm(knowledge: 5f);
        if (tied) region.Tie(laggard, leader);
        new LearnFromTies().Run(region.State);
        return region.State.Firms.KnowledgeOf(laggard)[0] - ownLevel;
    }

    [Test]
    public void NoTransferWithoutContact() => Assert.That(Gain(tied: false, ownLevel: 1f), Is.EqualTo(0));

    [Test]
    public void TransferRisesWithAbsorptiveCapacity()
    {
        float low = Gain(tied: true, ownLevel: 0.2f), high = Gain(tied: true, ownLevel: 2f);
        Assert.That(low, Is.GreaterThan(0));
        // The gap is smaller for the better-endowed firm, yet it learns more: the AC gate dominates.
        Assert.That(high, Is.GreaterThan(low));
    }

    [Test]
    public void TheLeaderLearnsNothingFromALaggard()
    {
        var region = new TestRegion();
        int laggard = region.AddFirm(knowledge: 1f), leader = region.AddFirm(knowledge: 5f);
        region.Tie(leader, laggard);
        new LearnFromTies().Run(region.State);
        Assert.That(region.State.Firms.KnowledgeOf(leader)[0], Is.EqualTo(5f));
    }

    /// <summary>What a supplier at <paramref name="ownLevel"/> on rung <paramref name="tier"/> gains in a month from a multinational customer at 10, as counted in tnc_transfer.</summary>
    private static double GainFromMultinational(float ownLevel, SupplierTier tier)
    {
        var region = new TestRegion();
        int supplier = region.AddFirm(knowledge: ownLevel), tnc = region.AddFirm(FirmKind.TncAffiliate, knowledge: 10f);
        region.Tie(supplier, tnc, TieLayer.Customer);
        region.State.Firms.Tier[supplier] = tier;
        new LearnFromTies().Run(region.State);
        double gained = region.State.Firms.KnowledgeOf(supplier)[0] - ownLevel;
        Assert.That(region.State.Flows[IndicatorCatalog.TncTransfer], Is.EqualTo(gained).Within(1e-6), "counted as multinational transfer");
        return gained;
    }

    [Test]
    public void AbsorptiveCapacityGatesTransferFromAMultinationalCustomer()
    {
        // SF5's mechanism (UN L42, ¶31 L136): small below AC*, rising with AC.
        double low = GainFromMultinational(0.2f, SupplierTier.SimpleComponents), high = GainFromMultinational(2f, SupplierTier.SimpleComponents);
        Assert.That(low, Is.GreaterThan(0));
        Assert.That(high, Is.GreaterThan(2 * low));
    }

    [Test]
    public void HigherRungsLearnMoreFromTheirCustomer() =>
        Assert.That(GainFromMultinational(1f, SupplierTier.Odm), Is.GreaterThan(GainFromMultinational(1f, SupplierTier.SimpleComponents)));
}
