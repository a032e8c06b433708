using ClusterSim.Engine.Mechanisms.Parks;

namespace ClusterSim.Tests.Engine.Mechanisms.Parks;

/// <summary>Mechanism unit tests of what a park gives and asks of its tenants (M9, M23).</summary>
public class ParkTermsTests
{
    private const string TwoParks = """
        institutions:
          parks:
            - {name: industrial, model: industrial_restructuring, locality: 0, production_incentive: 0.3, rent_usd_per_month: 500, service_fee_usd_per_month: 100, market_rent_usd_per_month: 800}
            - {name: incubator, model: bic_incubator, locality: 0}
        """;

    [Test]
    public void AnIndustrialParkForgivesItsProductionIncentiveAndTheLeverAddsToIt()
    {
        var s = new TestRegion(TwoParks).State;
        Assert.That(ParkTerms.TaxForgiven(s, 0), Is.EqualTo(0.3));
        Assert.That(ParkTerms.TaxForgiven(s, 1), Is.EqualTo(0));

        var levered = new TestRegion(TwoParks, "policies.tax_privileges={value: 0.9, target: 'park:industrial'}").State;
        levered.Policy.StartTick(0);
        Assert.That(ParkTerms.TaxForgiven(levered, 0), Is.EqualTo(1), "capped at the whole tax");
        Assert.That(ParkTerms.TaxForgiven(levered, 1), Is.EqualTo(0), "the lever targets one park");
    }

    [Test]
    public void ALandingFirmPaysNoRentDuringItsFreeMonths()
    {
        var region = new TestRegion(TwoParks);
        int f = region.AddFirm(park: 0);
        var s = region.State;
        s.Firms.FreeRentUntilTick[f] = 5;
        s.Tick = 5;
        Assert.That(ParkTerms.PremisesCostChange(s, 0, f), Is.EqualTo(100 - 800), "fees only, less the market rent saved");
        s.Tick = 6;
        Assert.That(ParkTerms.PremisesCostChange(s, 0, f), Is.EqualTo(500 + 100 - 800));
    }
}
