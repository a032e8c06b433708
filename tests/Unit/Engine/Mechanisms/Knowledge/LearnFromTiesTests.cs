using ClusterSim.Engine.Mechanisms.Knowledge;

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
}
