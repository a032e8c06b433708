using ClusterSim.Engine.Mechanisms.Parks;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Engine.Mechanisms.Parks;

/// <summary>Mechanism unit tests of park admission (M9): who may apply, who is chosen, and what caps a park.</summary>
public class AdmitTenantsTests
{
    /// <summary>With management quality 1 (full visibility), every eligible firm applies each month.</summary>
    private const string Eager = "parameters.parks.application_rate_per_month=1";

    /// <summary>A firm likely to pass selection: knowing (AC near 1) and profitable (10 % margin).</summary>
    private static int AddStrongFirm(TestRegion region, int locality, FirmKind kind = FirmKind.Sme)
    {
        int f = region.AddFirm(kind, locality: locality, knowledge: 20f);
        region.State.Firms.RevenueUsdPerMonth[f] = 10_000;
        region.State.Firms.ProfitUsdPerMonth[f] = 1_000;
        return f;
    }

    [Test]
    public void EachModelAdmitsOnlyTheFirmsItServes()
    {
        // One park of each model, alone in its locality, so every firm applies to its locality's park.
        var region = new TestRegion("""
            institutions:
              knowledge_institutions: [{name: university, kind: university, locality: 2, researchers: 10}]
              parks:
                - {name: incubator, model: bic_incubator, locality: 0, management_quality: 1, capacity_firms: 50, incubation_slots: 50}
                - {name: zone, model: land_zone, locality: 1, management_quality: 1, capacity_firms: 50}
                - {name: campus, model: campus_applied_research, locality: 2, management_quality: 1, capacity_firms: 50, host_institution: university}
                - {name: research, model: rd_centred, locality: 3, management_quality: 1, capacity_firms: 50}
                - {name: industrial, model: industrial_restructuring, locality: 4, management_quality: 1, capacity_firms: 50}
            """, "region.localities=5", Eager, "parameters.parks.admission_threshold=0");
        var s = region.State;
        var firms = s.Firms;
        s.Tick = 60;
        var served = new List<int>();
        var refused = new List<int>();
        int Firm(int locality, List<int> into, Action<int>? shape = null)
        {
            int f = AddStrongFirm(region, locality);
            shape?.Invoke(f);
            into.Add(f);
            return f;
        }
        Firm(0, served, f => firms.BirthTick[f] = 50);                                  // young
        Firm(0, refused, f => firms.BirthTick[f] = 0);                                  // 60 months old
        Firm(1, served);                                                                // a land zone takes anyone
        Firm(2, refused);                                                               // a campus takes no firm
        Firm(3, served, f => firms.RdPerformer[f] = true);
        Firm(3, served, f => firms.Kind[f] = FirmKind.Ntbf);
        Firm(3, refused);                                                               // neither
        Firm(4, served, f => firms.Activity[f] = FirmActivity.Manufacturing);
        Firm(4, refused, f => firms.Activity[f] = FirmActivity.RdFocused);

        new AdmitTenants().Run(s);

        foreach (int f in served)
        {
            Assert.That(firms.Park[f], Is.GreaterThanOrEqualTo(0), $"firm {f} should be a tenant");
            Assert.That(s.Parks.Specs[firms.Park[f]].Locality, Is.EqualTo(firms.Locality[f]), "a park of its own locality");
            Assert.That(firms.ParkEntryTick[f], Is.EqualTo(60));
        }
        foreach (int f in refused) Assert.That(firms.Park[f], Is.EqualTo(-1), $"firm {f} should not be a tenant");
        Assert.That(s.Parks.Admitted.Sum(), Is.EqualTo(served.Count));
        Assert.That(s.Parks.Tenants.Sum(), Is.EqualTo(served.Count));
    }

    [Test]
    public void APowerCapStopsAdmissionHoweverManyApply()
    {
        // 3 MW at 0.1 MW a tenant hold 30 tenants, though land and buildings hold 200.
        var region = new TestRegion("""
            institutions:
              parks: [{name: zone, model: land_zone, locality: 0, management_quality: 1, capacity_firms: 200, land_released_plots: 200, power_capacity_mw: 3, power_per_tenant_mw: 0.1}]
            """, Eager, "parameters.parks.admission_threshold=0");
        for (int i = 0; i < 50; i++) AddStrongFirm(region, 0);
        var s = region.State;

        new AdmitTenants().Run(s);

        Assert.That(s.Parks.Applicants[0], Is.EqualTo(50), "every firm applied");
        Assert.That(s.Parks.Tenants[0], Is.EqualTo(30));
        Assert.That(Enumerable.Range(0, s.Firms.Count).Count(f => s.Firms.Park[f] == 0), Is.EqualTo(30));

        s.Tick++;
        new AdmitTenants().Run(s);
        Assert.That(s.Parks.Applicants[0], Is.EqualTo(20), "the rest apply again");
        Assert.That(s.Parks.Admitted[0], Is.EqualTo(0), "a full park admits no one");
    }

    [TestCase(1.2, 0.1, 12)]
    [TestCase(0.3, 0.1, 3)]
    [TestCase(0.7, 0.1, 7)]
    [TestCase(1.25, 0.1, 12)]
    public void APowerCapCountsWholeTenants(double capacityMw, double perTenantMw, int tenants)
    {
        // Alatau's file: 1.2 MW at 0.1 MW a tenant is 12 tenants. In floating point 1.2 / 0.1 = 11.999…, which
        // a floor made 11 (0.3 / 0.1 and 0.7 / 0.1 err the same way); the cap divides whole watts.
        var region = new TestRegion($$"""
            institutions:
              parks: [{name: zone, model: land_zone, locality: 0, capacity_firms: 200, land_released_plots: 200, power_capacity_mw: {{capacityMw.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, power_per_tenant_mw: {{perTenantMw.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}]
            """);
        Assert.That(region.State.Parks.AvailableSlots(0), Is.EqualTo(tenants));
    }

    [Test]
    public void TheBestScoredApplicantsTakeTheLastSlots()
    {
        var region = new TestRegion("""
            institutions:
              parks: [{name: zone, model: land_zone, locality: 0, management_quality: 1, capacity_firms: 2, selection_tech_weight: 1}]
            """, Eager, "parameters.parks.admission_threshold=0");
        int weak = region.AddFirm(knowledge: 0.2f), middling = region.AddFirm(knowledge: 2f), strong = region.AddFirm(knowledge: 20f);
        var s = region.State;

        new AdmitTenants().Run(s);

        Assert.That(s.Firms.Park[strong], Is.EqualTo(0));
        Assert.That(s.Firms.Park[middling], Is.EqualTo(0));
        Assert.That(s.Firms.Park[weak], Is.EqualTo(-1), "the lowest technology score loses the contest");
    }

    [Test]
    public void SelfFundingPressureAdmitsApplicantsBelowTheThreshold()
    {
        // SF20's mechanism (WB:L213): a park short of its self-funding target relaxes its threshold.
        const string Park = """
            institutions:
              parks: [{name: zone, model: land_zone, locality: 0, management_quality: 1, capacity_firms: 10, selection_tech_weight: 1, self_funding_target: 2}]
            """;
        bool Admitted(double selfFunding)
        {
            var region = new TestRegion(Park, Eager, "parameters.parks.admission_threshold=0.8");
            int f = region.AddFirm(knowledge: 1f);
            var s = region.State;
            Assume.That(AdmitTenants.Score(s, 0, f), Is.LessThan(0.8), "the firm scores below the threshold");
            s.Parks.SelfFunding[0] = selfFunding;
            new AdmitTenants().Run(s);
            Assert.That(s.Parks.Applicants[0], Is.EqualTo(1), "a rejected application still counts");
            return s.Firms.Park[f] == 0;
        }

        Assert.That(Admitted(selfFunding: 2), Is.False, "a park on target holds its threshold");
        Assert.That(Admitted(selfFunding: 0), Is.True, "a park with no income takes what applies");
    }
}
