using ClusterSim.Engine.Mechanisms.Market;

namespace ClusterSim.Tests.Engine.Mechanisms.Market;

/// <summary>Mechanism unit tests of the market phase (M12): profit, tax and the size a firm's cash allows.</summary>
public class ProduceAndSellTests
{
    /// <summary>A calm, profitable market: no demand or firm shocks, no fixed cost, a wage that ignores unemployment, a 3× markup.</summary>
    private static readonly string[] Calm =
    [
        "parameters.market.shock_sd=0", "parameters.market.field_demand_sd=0", "parameters.market.fixed_cost_per_month=0",
        "parameters.market.wage_curve_elasticity=0", "parameters.market.markup=3",
    ];

    /// <summary>A firm of <paramref name="staff"/> employees.</summary>
    private static int Firm(TestRegion region, int staff, int park = -1, double cashUsd = 0)
    {
        int f = region.AddFirm(knowledge: 1f, park: park, cashUsd: cashUsd);
        for (int i = 0; i < staff; i++) region.AddPerson(employer: f);
        return f;
    }

    [Test]
    public void WithoutCashAProfitableFirmKeepsItsSizeThoughItWantsToGrow()
    {
        // Each added worker needs ten years of wages in hand: this month's profit cannot pay for one.
        var region = new TestRegion("", [.. Calm, "parameters.finance.hiring_cash_months=120"]);
        int poor = Firm(region, 20), rich = Firm(region, 20, cashUsd: 1e9);
        var s = region.State;

        new ProduceAndSell().Run(s);

        var firms = s.Firms;
        Assert.That(firms.ProfitUsdPerMonth[poor], Is.GreaterThan(0));
        Assert.That(firms.WantedEmployees[poor], Is.GreaterThan(20), "a positive margin makes it want to grow");
        Assert.That(firms.TargetEmployees[poor], Is.EqualTo(20), "but it cannot afford a hire");
        Assert.That(firms.TargetEmployees[rich], Is.GreaterThan(20).And.EqualTo(firms.WantedEmployees[rich]), "the same firm with cash grows as it wants");
    }

    [Test]
    public void AParkWithAProductionIncentiveForgivesThatShareOfItsTenantsProfitTax()
    {
        var region = new TestRegion("institutions: {parks: [{name: industrial, model: industrial_restructuring, locality: 0, production_incentive: 0.3}]}\n", Calm);
        int tenant = Firm(region, 10, park: 0), outsider = Firm(region, 10);
        var s = region.State;
        double rate = s.Parameters.Of<MarketParameters>().ProfitTaxRate;

        new ProduceAndSell().Run(s);

        double Tax(int f) => s.Firms.ProfitUsdPerMonth[f] - s.Firms.CashUsd[f];
        Assert.That(Tax(outsider), Is.EqualTo(rate * s.Firms.ProfitUsdPerMonth[outsider]).Within(0.01));
        Assert.That(Tax(tenant), Is.EqualTo(0.7 * rate * s.Firms.ProfitUsdPerMonth[tenant]).Within(0.01));
    }

    [Test]
    public void ALossCountsALossMonthAndAProfitResetsTheCount()
    {
        var region = new TestRegion("", [.. Calm, "parameters.market.markup=0.5"]);
        int f = Firm(region, 5);
        var s = region.State;
        s.Firms.LossMonths[f] = 3;

        new ProduceAndSell().Run(s);
        Assert.That(s.Firms.ProfitUsdPerMonth[f], Is.LessThan(0), "revenue at half the wage bill");
        Assert.That(s.Firms.LossMonths[f], Is.EqualTo(4));
        Assert.That(s.Firms.TargetEmployees[f], Is.LessThan(5), "a negative margin shrinks the wanted size");

        var profitable = new TestRegion("", Calm);
        int g = Firm(profitable, 5);
        profitable.State.Firms.LossMonths[g] = 3;
        new ProduceAndSell().Run(profitable.State);
        Assert.That(profitable.State.Firms.LossMonths[g], Is.EqualTo(0));
    }
}
