using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Global;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Engine.Mechanisms.Global;

/// <summary>Mechanism unit tests of soft landing, outbound programmes and emigration (M16).</summary>
public class SoftLandingTests
{
    private static string Park(string extra = "") => $$"""
        institutions:
          parks: [{name: park, model: land_zone, locality: 1, capacity_firms: 100, partner_parks: 2, soft_landing_slots_per_year: 240, soft_landing_free_months: 6{{extra}}}]
        """;

    [Test]
    public void LandingFirmsArriveAsRentFreeTenantsWithForeignMarketsAndALinkAbroad()
    {
        var region = new TestRegion(Park(), "parameters.soft_landing.uptake=1");
        var s = region.State;
        s.Tick = 10;
        Array.Fill(s.Region.Frontier, 2f);
        double share = s.Parameters.Of<SoftLandingParameters>().EntrantKnowledgeShare;

        new SoftLanding().Run(s);

        var firms = s.Firms;
        var entrants = Enumerable.Range(0, firms.Count).Where(f => firms.Origin[f] == FirmOrigin.SoftLanding).ToArray();
        Assert.That(entrants, Is.Not.Empty, "20 slots a month, all taken up");
        Assert.That(s.Flows[IndicatorCatalog.SoftLandingEntrants], Is.EqualTo(entrants.Length));
        Assert.That(s.Parks.Tenants[0], Is.EqualTo(entrants.Length));
        foreach (int f in entrants)
        {
            Assert.That(firms.Park[f], Is.EqualTo(0));
            Assert.That(firms.Locality[f], Is.EqualTo(1), "in the park's locality");
            Assert.That(firms.ExportAccess[f], Is.True);
            Assert.That(firms.FreeRentUntilTick[f], Is.EqualTo(10 + 6));
            Assert.That(firms.CountTies(f, FirmTable.ExternalPartner), Is.EqualTo(1));
            float own = firms.KnowledgeOf(f)[firms.Field[f]];
            Assert.That(own, Is.EqualTo((float)(share * 2)).Or.EqualTo((float)(share * 0.5 * 2)), "type A brings the entrant share of the frontier, type B half");
        }
    }

    [Test]
    public void WithoutPartnerParksNoFirmLandsAndAFullParkTakesNone()
    {
        var alone = new TestRegion(Park().Replace("partner_parks: 2", "partner_parks: 0"), "parameters.soft_landing.uptake=1");
        new SoftLanding().Run(alone.State);
        Assert.That(alone.State.Firms.Count, Is.EqualTo(0));

        var full = new TestRegion(Park().Replace("capacity_firms: 100", "capacity_firms: 2"), "parameters.soft_landing.uptake=1");
        full.AddFirm(locality: 1, park: 0);
        full.AddFirm(locality: 1, park: 0);
        full.State.Parks.Tenants[0] = 2;
        new SoftLanding().Run(full.State);
        Assert.That(full.State.Firms.Count, Is.EqualTo(2));
    }

    [Test]
    public void MutualSoftLandingSendsTenantsAbroad()
    {
        var region = new TestRegion(Park(", mutual_soft_landing: true").Replace("soft_landing_slots_per_year: 240", "soft_landing_slots_per_year: 0"),
            "parameters.soft_landing.outbound_rate_per_month=1");
        int tenant = region.AddFirm(locality: 1, park: 0), outsider = region.AddFirm(locality: 1);
        var s = region.State;

        new SoftLanding().Run(s);

        Assert.That(s.Firms.ExportAccess[tenant], Is.True);
        Assert.That(s.Firms.CountTies(tenant, FirmTable.ExternalPartner), Is.EqualTo(1));
        Assert.That(s.Firms.ExportAccess[outsider], Is.False, "only tenants are sent");
        Assert.That(s.Flows[IndicatorCatalog.FirmsSentAbroad], Is.EqualTo(1));
    }

    [Test]
    public void InternationalisationServicesKeepTopFirmsThatWouldOtherwiseLeave()
    {
        // SF27's mechanism (IASP:L37): a firm of the top decile leaves unless it is served.
        var region = new TestRegion(Park(", internationalisation_services: true").Replace("partner_parks: 2", "partner_parks: 0"),
            "parameters.soft_landing.emigration_rate_per_month=1", "parameters.soft_landing.services_protection=1");
        int unserved = region.AddFirm(knowledge: 5f), tenant = region.AddFirm(locality: 1, knowledge: 5f, park: 0);
        int exporter = region.AddFirm(knowledge: 5f), laggard = region.AddFirm(knowledge: 1f);
        var s = region.State;
        s.Firms.ExportAccess[exporter] = true;
        s.Region.KnowledgeP90 = 4f;

        new SoftLanding().Run(s);

        Assert.That(s.Firms.Leaving[unserved], Is.True);
        Assert.That(s.Firms.Leaving[tenant], Is.False, "served at its park");
        Assert.That(s.Firms.Leaving[exporter], Is.False, "served abroad");
        Assert.That(s.Firms.Leaving[laggard], Is.False, "below the top decile");
        Assert.That(s.Flows[IndicatorCatalog.FirmsEmigrated], Is.EqualTo(1));
    }
}
