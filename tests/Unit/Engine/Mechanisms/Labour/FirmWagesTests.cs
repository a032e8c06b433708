using ClusterSim.Engine.Mechanisms.Labour;
using ClusterSim.Engine.Mechanisms.Market;

namespace ClusterSim.Tests.Engine.Mechanisms.Labour;

/// <summary>
/// Mechanism unit tests of firm wages (issue 19; FirmWages, applied by the market phase): rent sharing within a
/// locality, locality wage levels, the reservation wage as a floor, and the job ladder of hiring.
/// </summary>
public class FirmWagesTests
{
    /// <summary>No shocks, no fixed cost, no wage curve: wages differ only by what each test sets.</summary>
    private static readonly string[] Calm =
    [
        "parameters.market.shock_sd=0", "parameters.market.productivity_shock_sd=0", "parameters.market.field_demand_sd=0",
        "parameters.market.fixed_cost_per_month=0", "parameters.market.wage_curve_elasticity=0",
    ];

    private static int Firm(TestRegion region, int staff, float knowledge = 1f, int locality = 0)
    {
        int f = region.AddFirm(knowledge: knowledge, locality: locality, cashUsd: 1e7);
        for (int i = 0; i < staff; i++) region.AddPerson(employer: f, locality: locality);
        var p = region.State.Parameters.Of<MarketParameters>();
        region.State.Firms.RevenueUsdPerMonth[f] = (float)(staff * p.WagePerMonth * p.Markup / (1 - p.InputShare));
        region.State.Firms.PurchasesUsdPerMonth[f] = (float)(p.InputShare * region.State.Firms.RevenueUsdPerMonth[f]);
        return f;
    }

    [Test]
    public void AMoreProductiveFirmPaysMoreInTheSameLocality()
    {
        // Same locality, same size, same starting sales; one knows far more, so it sells more in the first month and
        // shares that value added in its wage the month after.
        var region = new TestRegion("", Calm);
        int plain = Firm(region, 10, knowledge: 0.5f), able = Firm(region, 10, knowledge: 20f);
        var s = region.State;
        var market = new ProduceAndSell();
        market.Run(s);
        Assert.That(s.Firms.Wage[able], Is.EqualTo(s.Firms.Wage[plain]), "equal sales last month: equal wages");
        Assert.That(s.Firms.ValueAddedUsdPerMonth(able), Is.GreaterThan(s.Firms.ValueAddedUsdPerMonth(plain)), "the abler firm adds more value");
        s.Tick++;
        market.Run(s);
        Assert.That(s.Firms.Wage[able], Is.GreaterThan(s.Firms.Wage[plain]));
    }

    [Test]
    public void TwoOtherwiseIdenticalLocalitiesWithDifferentWageLevelsPayDifferentWages()
    {
        var region = new TestRegion("", [.. Calm, "region.wage_levels=[1, 1.3]"]);
        int home = Firm(region, 10, locality: 0), away = Firm(region, 10, locality: 1);
        region.AddPerson(locality: 0);
        region.AddPerson(locality: 1);
        var s = region.State;

        new ProduceAndSell().Run(s);

        Assert.That(s.Region.LocalityUnemployment[1], Is.EqualTo(s.Region.LocalityUnemployment[0]), "the same labour market in both");
        Assert.That(s.Firms.Wage[away] / s.Firms.Wage[home], Is.EqualTo(1.3).Within(1e-5));
    }

    [Test]
    public void ScarceLabourRaisesALocalitysWage()
    {
        // The wage curve: the same firm in a locality where everyone works pays more than where many look for work.
        var region = new TestRegion("", "parameters.market.shock_sd=0", "parameters.market.productivity_shock_sd=0");
        int tight = Firm(region, 10, locality: 0), slack = Firm(region, 10, locality: 1);
        for (int i = 0; i < 10; i++) region.AddPerson(locality: 1);
        var s = region.State;

        new ProduceAndSell().Run(s);

        Assert.That(s.Region.LocalityUnemployment[1], Is.EqualTo(0.5).Within(1e-9));
        Assert.That(s.Firms.Wage[tight], Is.GreaterThan(s.Firms.Wage[slack]));
    }

    [Test]
    public void NoFirmPaysBelowTheReservationWageAndItFollowsTheOutsideWage()
    {
        // A low-road firm in a low-wage locality would pay 0.5 × 0.9 of the wage; the reservation wage, 0.8 of the
        // outside wage, lifts it. Three years of a 10 % outside wage path raise the floor by 1.1³.
        var region = new TestRegion("", [.. Calm, "region.wage_levels=[0.5, 1]", "parameters.market.wage_trend_per_year=0.1"]);
        int low = Firm(region, 10, locality: 0), high = Firm(region, 10, locality: 1);
        var s = region.State;
        s.Firms.HighRoad[low] = false;
        s.Firms.HighRoad[high] = true;
        var market = new ProduceAndSell();
        double share = s.Parameters.Of<LabourParameters>().ReservationWageShare, wage = s.Parameters.Of<MarketParameters>().WagePerMonth;

        market.Run(s);
        Assert.That(s.Firms.Wage[low], Is.EqualTo(share * wage).Within(1e-3));
        Assert.That(s.Firms.Wage[high], Is.GreaterThan(share * wage), "a firm that pays more than the floor keeps its own wage");

        s.Tick = 36;
        market.Run(s);
        Assert.That(s.Region.ReservationWageUsdPerMonth, Is.EqualTo(share * wage * Math.Pow(1.1, 3)).Within(1e-6));
        Assert.That(s.Firms.Wage[low], Is.EqualTo(s.Region.ReservationWageUsdPerMonth).Within(1e-3));
    }
}
