using ClusterSim.Engine.Mechanisms.Parks;

namespace ClusterSim.Tests.Engine.Mechanisms.Parks;

/// <summary>Mechanism unit tests of how firms rate parks (M21, location choice).</summary>
public class RateParksTests
{
    private const string Park = "institutions: {parks: [{name: park, model: land_zone, locality: 0, capacity_firms: 20, rent_usd_per_month: 800, market_rent_usd_per_month: 1000}]}\n";

    [Test]
    public void TheDefaultWeightsFollowTheSurveysRanking()
    {
        // A default-parameter test, named as one: SF23 (WB:L757–759) ranks incentives, the macro climate,
        // infrastructure and labour above co-location and research; the weights are set in that order.
        var w = new TestRegion(Park).State.Parameters.Of<LocationChoiceParameters>();
        double[] marginal = [w.IncentivesWeight, w.MacroWeight, w.InfrastructureWeight, w.LabourWeight, w.ColocationWeight, w.ResearchWeight];
        Assert.That(marginal, Is.Ordered.Descending);
        Assert.That(marginal[3], Is.GreaterThan(marginal[4]));
    }

    [Test]
    public void ARentSubsidyDrawsMoreAndAFullPowerSupplyLess()
    {
        var plain = new TestRegion(Park).State;
        var subsidised = new TestRegion(Park, "policies.rent_subsidy={value: 0.5, target: 'park:park'}").State;
        subsidised.Policy.StartTick(0);
        Assert.That(RateParks.Attraction(subsidised, 0), Is.GreaterThan(RateParks.Attraction(plain, 0)));
        Assert.That(RateParks.Factors(subsidised, 0).Incentives, Is.EqualTo((1000 - 400) / 1000.0).Within(1e-12));

        double before = RateParks.Attraction(plain, 0);
        plain.Parks.PowerMw[0] = 0;
        Assert.That(RateParks.Factors(plain, 0).Infrastructure, Is.EqualTo(0));
        Assert.That(RateParks.Attraction(plain, 0), Is.LessThan(before));
    }

    [Test]
    public void ThePhaseSetsEachParksAttraction()
    {
        var s = new TestRegion(Park).State;
        Assert.That(s.Parks.Attraction[0], Is.EqualTo(1), "neutral until rated");
        new RateParks().Run(s);
        Assert.That(s.Parks.Attraction[0], Is.EqualTo(RateParks.Attraction(s, 0)).And.GreaterThan(1));
    }
}
