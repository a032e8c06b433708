using ClusterSim.Engine.Mechanisms.Incubation;
using ClusterSim.Engine.Mechanisms.Parks;

namespace ClusterSim.Tests.Engine.Mechanisms.Parks;

/// <summary>Mechanism unit tests of a park's month (M8, M9): graduation, departures and the profit-and-loss account.</summary>
public class ManageParksTests
{
    /// <summary>Tenants stay unless they exit or graduate.</summary>
    private const string Staying = "parameters.parks.tenant_exit_rate_per_month=0";

    [Test]
    public void IncomeIsTenantsTimesRentAndFeesAndSelfFundingIsIncomeOverCost()
    {
        var region = new TestRegion("""
            institutions:
              parks: [{name: zone, model: land_zone, locality: 0, capacity_firms: 10, rent_usd_per_month: 600, service_fee_usd_per_month: 150,
                       operating_cost_usd_per_month: 4000, operating_subsidy_usd_per_month: 1000}]
            """, Staying, "parameters.parks.service_cost_usd_per_tenant=100");
        for (int i = 0; i < 3; i++) region.AddFirm(park: 0);
        int dead = region.AddFirm(park: 0);
        region.AddFirm();
        var s = region.State;
        s.Firms.Alive[dead] = false;

        new ManageParks().Run(s);

        var parks = s.Parks;
        Assert.That(parks.Tenants[0], Is.EqualTo(3), "a dead firm leaves its park");
        Assert.That(s.Firms.Park[dead], Is.EqualTo(-1));
        Assert.That(parks.IncomeUsd[0], Is.EqualTo(3 * (600 + 150)));
        Assert.That(parks.CostUsd[0], Is.EqualTo(4000 + 3 * 100));
        Assert.That(parks.SelfFunding[0], Is.EqualTo(2250.0 / 4300).Within(1e-12));
        Assert.That(parks.ResultUsd[0], Is.EqualTo(2250 + 1000 - 4300));
    }

    [Test]
    public void RentNobodyPaysIsNotIncomeNorPublicSpending()
    {
        // A soft-landing tenant in its rent-free months pays the fee but no rent, and nobody else pays that rent:
        // the park books only the fee, and the rent subsidy pays its share of rent actually charged.
        var region = new TestRegion("""
            institutions:
              parks: [{name: zone, model: land_zone, locality: 0, capacity_firms: 10, rent_usd_per_month: 600, service_fee_usd_per_month: 150}]
            policies:
              rent_subsidy: {value: 0.5}
            """, Staying);
        int landed = region.AddFirm(park: 0), paying = region.AddFirm(park: 0);
        var s = region.State;
        s.Tick = 10;
        s.Policy.StartTick(s.Tick);
        s.Firms.FreeRentUntilTick[landed] = 15;

        new ManageParks().Run(s);

        Assert.That(s.Parks.IncomeUsd[0], Is.EqualTo(150 + (600 + 150)), "the landed firm's fee, the other's rent and fee");
        Assert.That(s.Policy.Spend[ClusterSim.Engine.Policies.Levers.RentSubsidy.Index], Is.EqualTo(0.5 * 600), "half of the one rent charged");
        Assert.That(ParkTerms.PremisesCostChange(s, 0, landed), Is.EqualTo(150 - 1000), "the landed firm pays the fee and saves the market rent");

        s.Tick = 16;
        s.Policy.StartTick(s.Tick);
        new ManageParks().Run(s);
        Assert.That(s.Parks.IncomeUsd[0], Is.EqualTo(2 * (600 + 150)), "after its free months it pays rent like any tenant");
    }

    [Test]
    public void SeedMoneyPaidAfterTheAccountIsStruckIsInTheMonthsResultNotInSelfFunding()
    {
        // Incubation runs after manage_parks: the seed money it pays must still land in the month's result.
        var region = new TestRegion("""
            institutions:
              parks: [{name: incubator, model: bic_incubator, locality: 0, capacity_firms: 10, incubation_slots: 10, rent_usd_per_month: 600,
                       service_fee_usd_per_month: 150, operating_cost_usd_per_month: 4000, operating_subsidy_usd_per_month: 1000, preincubation_pass_rate: 1}]
            """, Staying, "parameters.parks.service_cost_usd_per_tenant=0", "parameters.incubation.ideas_per_month=50",
            "parameters.incubation.seed_money_usd=20000", "parameters.parks.admission_threshold=0");
        region.AddFirm(park: 0);
        for (int i = 0; i < 4; i++) region.AddPerson();
        var s = region.State;
        s.Tick = 5;

        new ManageParks().Run(s);
        double struck = s.Parks.ResultUsd[0], selfFunding = s.Parks.SelfFunding[0];
        Assert.That(struck, Is.EqualTo(750 + 1000 - 4000));
        new IncubateIdeas().Run(s);

        int incubated = s.Parks.Tenants[0] - 1;
        Assert.That(incubated, Is.GreaterThan(0), "the test needs new incubatees");
        Assert.That(s.Parks.ResultUsd[0], Is.EqualTo(struck - incubated * 20000.0));
        Assert.That(s.Parks.SelfFunding[0], Is.EqualTo(selfFunding), "seed money is an investment, not an operating cost");
    }

    [Test]
    public void UnsetTheOperatingSubsidyCoversTheMonthsLossAsPublicSpendingSoTheParkNeverCloses()
    {
        var region = new TestRegion("""
            institutions:
              parks: [{name: zone, model: land_zone, locality: 0, capacity_firms: 10, rent_usd_per_month: 600, service_fee_usd_per_month: 150,
                       operating_cost_usd_per_month: 4000, opening_reserve_months: 0}]
            """, Staying, "parameters.parks.service_cost_usd_per_tenant=0");
        region.AddFirm(park: 0);
        var s = region.State;

        new ManageParks().Run(s);

        Assert.That(s.Policy.Spend[ClusterSim.Engine.Policies.Levers.ParkOperatingSubsidy.Index], Is.EqualTo(4000 - 750), "the loss, paid by the state");
        Assert.That(s.Parks.ResultUsd[0], Is.EqualTo(0));
        Assert.That(s.Parks.Closed[0], Is.False, "with no reserve at all");
        Assert.That(s.Parks.SelfFunding[0], Is.EqualTo(750.0 / 4000), "the subsidy is not self-funding");
    }

    [Test]
    public void AParkWhoseFixedSubsidyFallsShortRunsDownItsReserveAndClosesAndTheLeverKeepsItOpen()
    {
        // Loss 4,000 − 750 − 1,000 = 2,250 a month against a reserve of 4,000: open after one month, closed after two.
        const string park = """
            institutions:
              parks: [{name: zone, model: land_zone, locality: 0, capacity_firms: 10, rent_usd_per_month: 600, service_fee_usd_per_month: 150,
                       operating_cost_usd_per_month: 4000, operating_subsidy_usd_per_month: 1000, opening_reserve_months: 1}]
            """;
        foreach (var (lever, closes) in new[] { ("", true), ("policies.park_operating_subsidy={value: 2250}", false) })
        {
            var region = new TestRegion(park, [Staying, "parameters.parks.service_cost_usd_per_tenant=0", .. lever.Length > 0 ? new[] { lever } : []]);
            int tenant = region.AddFirm(park: 0);
            var s = region.State;
            s.Policy.StartTick(0);
            new ManageParks().Run(s);
            Assert.That(s.Parks.ReserveUsd[0], Is.EqualTo(closes ? 4000 - 2250 : 4000));
            Assert.That(s.Parks.Closed[0], Is.False);
            s.Tick = 1;
            s.Policy.StartTick(1);
            new ManageParks().Run(s);

            Assert.That(s.Parks.Closed[0], Is.EqualTo(closes), lever);
            Assert.That(s.Firms.Park[tenant], Is.EqualTo(closes ? -1 : 0), "a closed park's tenants leave");
            Assert.That(s.Parks.AvailableSlots(0), closes ? Is.EqualTo(0) : Is.GreaterThan(0), "a closed park admits no one");
            Assert.That(s.Policy.Spend[ClusterSim.Engine.Policies.Levers.ParkOperatingSubsidy.Index], Is.EqualTo(closes ? 1000 : 1000 + 2250), "spending is the fixed subsidy plus the lever's");
        }
    }

    [Test]
    public void AParksIncomeIsWhatItsTenantsAndTheStatePayIt()
    {
        // Conservation: every dollar of park income has a payer, the tenant (its share of rent and the fee) or the state
        // (the rent subsidy's share); rent-free months have neither.
        var region = new TestRegion("""
            institutions:
              parks: [{name: zone, model: land_zone, locality: 0, capacity_firms: 10, rent_usd_per_month: 600, service_fee_usd_per_month: 150, market_rent_usd_per_month: 1000}]
            policies:
              rent_subsidy: {value: 0.3}
            """, Staying);
        int landed = region.AddFirm(park: 0);
        region.AddFirm(park: 0);
        region.AddFirm(park: 0);
        var s = region.State;
        s.Tick = 4;
        s.Policy.StartTick(s.Tick);
        s.Firms.FreeRentUntilTick[landed] = 9;

        new ManageParks().Run(s);

        double tenantsPay = 0;
        for (int f = 0; f < s.Firms.Count; f++) tenantsPay += ParkTerms.PremisesCostChange(s, 0, f) + 1000; // what it pays the park, not its saving on market rent
        double statePays = s.Policy.Spend[ClusterSim.Engine.Policies.Levers.RentSubsidy.Index];
        Assert.That(s.Parks.IncomeUsd[0], Is.EqualTo(tenantsPay + statePays).Within(1e-9));
    }

    [Test]
    public void AnRdCentredParkEarnsALicenceFeePerTenantInnovationThisMonth()
    {
        var region = new TestRegion("""
            institutions:
              parks: [{name: research, model: rd_centred, locality: 0, capacity_firms: 10, rent_usd_per_month: 0, service_fee_usd_per_month: 0}]
            """, Staying, "parameters.parks.licensing_fee_usd=5000");
        int innovating = region.AddFirm(park: 0), lastYear = region.AddFirm(park: 0);
        region.AddFirm(park: 0);
        var s = region.State;
        s.Tick = 24;
        s.Firms.LastInnovationTick[innovating] = 24;
        s.Firms.LastInnovationTick[lastYear] = 20;

        new ManageParks().Run(s);

        Assert.That(s.Parks.IncomeUsd[0], Is.EqualTo(5000), "one licence, for this month's innovation only");
        Assert.That(s.Parks.InnovativeTenants[0], Is.EqualTo(2), "innovative: an innovation in the last 12 months");
    }

    [Test]
    public void AnIncubateeGraduatesAfterItsLongestStayOrAtTheGraduationSize()
    {
        var region = new TestRegion("""
            institutions:
              parks: [{name: incubator, model: bic_incubator, locality: 0, capacity_firms: 10, max_incubation_months: 36, aftercare_months: 12}]
            """, Staying);
        var s = region.State;
        int size = s.Parameters.Of<IncubationParameters>().GraduationEmployees;
        int young = region.AddFirm(park: 0), old = region.AddFirm(park: 0), grown = region.AddFirm(park: 0);
        s.Tick = 40;
        s.Firms.ParkEntryTick[young] = 30;
        s.Firms.ParkEntryTick[old] = 4;
        s.Firms.ParkEntryTick[grown] = 30;
        for (int i = 0; i < size; i++) region.AddPerson(employer: grown);

        new ManageParks().Run(s);

        Assert.That(s.Firms.Park[young], Is.EqualTo(0), "ten months in and small: stays");
        foreach (int f in new[] { old, grown })
        {
            Assert.That(s.Firms.Park[f], Is.EqualTo(-1));
            Assert.That(s.Firms.AftercarePark[f], Is.EqualTo(0));
            Assert.That(s.Firms.AftercareUntilTick[f], Is.EqualTo(40 + 12));
        }
        Assert.That(s.Parks.Graduates[0], Is.EqualTo(2));
        Assert.That(s.Parks.Tenants[0], Is.EqualTo(1));
    }

    [Test]
    public void ALandZoneHasNoGraduates()
    {
        var region = new TestRegion("institutions: {parks: [{name: zone, model: land_zone, locality: 0}]}\n", Staying);
        int f = region.AddFirm(park: 0);
        var s = region.State;
        s.Tick = 600;

        new ManageParks().Run(s);

        Assert.That(s.Firms.Park[f], Is.EqualTo(0));
        Assert.That(s.Parks.Graduates[0], Is.EqualTo(0));
    }
}
