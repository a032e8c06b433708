using ClusterSim.Engine.Mechanisms.Market;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Engine.Mechanisms.Market;

/// <summary>
/// Mechanism unit tests of the market phase (M12, M13, M16): profit, tax and the size a firm's cash allows; and the open
/// market of issue 18: the outside paths of market events, sales against the external competitor, and the accounting
/// identity of a month's sales. The open-market tests run two months: the first strikes the starting balance, the second
/// is the month tested.
/// </summary>
public class ProduceAndSellTests
{
    /// <summary>A calm, profitable market: no demand or firm shocks, no fixed cost, a wage that ignores unemployment, a 3× markup.</summary>
    private static readonly string[] Calm =
    [
        "parameters.market.shock_sd=0", "parameters.market.field_demand_sd=0", "parameters.market.fixed_cost_per_month=0",
        "parameters.market.wage_curve_elasticity=0", "parameters.market.markup=3",
    ];

    /// <summary>
    /// A firm of <paramref name="staff"/> employees that sold last month what a firm of mean productivity sells at the
    /// markup (the generated region's starting sales, on which the first month's demand is scaled).
    /// </summary>
    private static int Firm(TestRegion region, int staff, int park = -1, double cashUsd = 0)
    {
        int f = region.AddFirm(knowledge: 1f, park: park, cashUsd: cashUsd);
        for (int i = 0; i < staff; i++) region.AddPerson(employer: f);
        var p = region.State.Parameters.Of<MarketParameters>();
        region.State.Firms.RevenueUsdPerMonth[f] = (float)(staff * p.WagePerMonth * p.Markup / (1 - p.InputShare));
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
    public void ALossShrinksTheWantedSizeAndAProfitGrowsIt()
    {
        var region = new TestRegion("", [.. Calm, "parameters.market.markup=0.5"]);
        int f = Firm(region, 5);
        new ProduceAndSell().Run(region.State);
        Assert.That(region.State.Firms.ProfitUsdPerMonth[f], Is.LessThan(0), "value added at half the wage bill");
        Assert.That(region.State.Firms.TargetEmployees[f], Is.LessThan(5), "a negative margin shrinks the wanted size");

        var profitable = new TestRegion("", [.. Calm, "parameters.finance.hiring_cash_months=0"]);
        int g = Firm(profitable, 5);
        new ProduceAndSell().Run(profitable.State);
        Assert.That(profitable.State.Firms.ProfitUsdPerMonth[g], Is.GreaterThan(0));
        Assert.That(profitable.State.Firms.WantedEmployees[g], Is.GreaterThanOrEqualTo(5), "a positive margin never shrinks it");
    }

    /// <summary>No demand or firm shocks, so two regions that differ only in what a test changes sell the same otherwise (markup as calibrated).</summary>
    private static readonly string[] Quiet = ["parameters.market.shock_sd=0", "parameters.market.field_demand_sd=0"];

    /// <summary>A firm of <paramref name="staff"/> employees that sold last month what the generator would give it, with its inputs.</summary>
    private static int Seller(TestRegion region, int staff, float knowledge = 1f)
    {
        int f = region.AddFirm(knowledge: knowledge);
        for (int i = 0; i < staff; i++) region.AddPerson(employer: f);
        var p = region.State.Parameters.Of<MarketParameters>();
        region.State.Firms.RevenueUsdPerMonth[f] = (float)(staff * p.WagePerMonth * p.Markup / (1 - p.InputShare));
        region.State.Firms.PurchasesUsdPerMonth[f] = (float)(p.InputShare * region.State.Firms.RevenueUsdPerMonth[f]);
        return f;
    }

    /// <summary>Runs the market at tick 0 (the starting balance) and then at <paramref name="tick"/>.</summary>
    private static void TwoMonths(TestRegion region, int tick = 1)
    {
        var s = region.State;
        s.Policy.StartTick(0);
        new ProduceAndSell().Run(s);
        s.Tick = tick;
        s.Policy.StartTick(tick);
        new ProduceAndSell().Run(s);
    }

    [Test]
    public void AMonthsSalesAreTiePaymentsPlusTheLocalShareOfSpendingPlusProcurementPlusExports()
    {
        var region = new TestRegion("policies: {procurement_programme: {value: 0.1}}\n", Quiet);
        int exporter = Seller(region, 20), innovator = Seller(region, 10), supplier = Seller(region, 5);
        region.Tie(exporter, supplier, TieLayer.Supplier);
        var s = region.State;
        s.Firms.ExportAccess[exporter] = true;
        s.Firms.LastInnovationTick[innovator] = 0;
        s.Region.ProcurementShare = 0.1;

        TwoMonths(region);

        double sales = 0, tiePayments = 0, exports = 0;
        for (int f = 0; f < s.Firms.Count; f++)
        {
            sales += s.Firms.RevenueUsdPerMonth[f];
            tiePayments += s.Firms.TiePurchasesUsdPerMonth[f];
            exports += s.Firms.ExportsUsdPerMonth[f];
        }
        double local = (1 - s.Region.ImportShare) * s.Region.MarketSpendingUsd;
        double procurement = s.Policy.Spend[Levers.ProcurementProgramme.Index];
        Assert.That(exports, Is.GreaterThan(0), "the exporter sells abroad");
        Assert.That(procurement, Is.GreaterThan(0), "the state buys from the innovator");
        Assert.That(sales, Is.EqualTo(tiePayments + local + procurement + exports).Within(1e-4 * sales), "every dollar of sales has a payer");
    }

    [Test]
    public void ARecessionCutsExportsByItsSizeAndLiberalisationRaisesTheImportShare()
    {
        // From tick 1: outside demand × 0.8, or import prices × 0.7; the starting balance (tick 0) is the same in all three.
        double Run(string events, Func<TestRegion, double> measure)
        {
            var region = new TestRegion(events, Quiet);
            int exporter = Seller(region, 20);
            Seller(region, 20);
            region.State.Firms.ExportAccess[exporter] = true;
            TwoMonths(region);
            return measure(region);
        }
        double Exports(TestRegion r) => r.State.Firms.ExportsUsdPerMonth[0];
        double Imports(TestRegion r) => r.State.Region.ImportShare;

        double plain = Run("", Exports), recession = Run("market_events: {recession: [{value: 0.2, from: 1}]}\n", Exports);
        // The regional price moves a little with the month's demand, so the cut is 20 % of exports up to that.
        Assert.That(recession / plain, Is.EqualTo(0.8).Within(0.02));
        Assert.That(Run("market_events: {recession: [{value: 0.2, from: 1}]}\n", r => r.State.Region.OutsideDemand), Is.EqualTo(0.8));
        Assert.That(Run("market_events: {liberalisation: [{value: 0.3, from: 1}]}\n", r => r.State.Region.ImportPrice), Is.EqualTo(0.7).Within(1e-12));
        Assert.That(Run("market_events: {liberalisation: [{value: 0.3, from: 1}]}\n", Imports), Is.GreaterThan(Run("", Imports)));
    }

    [Test]
    public void AFirmsSalesFollowItsProductivityAgainstTheExternalCompetitorNotOnlyTheRegionalMean()
    {
        // The same region, the competitor 50 % more productive from tick 1: the regional mean is unchanged, yet every
        // firm sells less at home (imports gain) and the exporter less abroad.
        TestRegion Run(string events)
        {
            var region = new TestRegion(events, Quiet);
            int exporter = Seller(region, 20);
            Seller(region, 20, knowledge: 3f);
            region.State.Firms.ExportAccess[exporter] = true;
            TwoMonths(region);
            return region;
        }
        var plain = Run("");
        var stronger = Run("market_events: {competitor: [{value: 0.5, from: 1}]}\n");

        Assert.That(stronger.State.Firms.Productivity.Take(2), Is.EqualTo(plain.State.Firms.Productivity.Take(2)), "the region itself is the same");
        for (int f = 0; f < 2; f++)
        {
            double Home(TestRegion r) => r.State.Firms.RevenueUsdPerMonth[f] - r.State.Firms.ExportsUsdPerMonth[f];
            Assert.That(Home(stronger), Is.LessThan(Home(plain)), $"firm {f} at home");
        }
        Assert.That(stronger.State.Firms.ExportsUsdPerMonth[0], Is.LessThan(plain.State.Firms.ExportsUsdPerMonth[0]), "the exporter abroad");
        Assert.That(stronger.State.Region.ImportShare, Is.GreaterThan(plain.State.Region.ImportShare));
    }

    [Test]
    public void AMoreProductiveFirmSellsMoreAbroadAtTheSameAccess()
    {
        var region = new TestRegion("", Quiet);
        int low = Seller(region, 20, knowledge: 1f), high = Seller(region, 20, knowledge: 5f);
        region.State.Firms.ExportAccess[low] = region.State.Firms.ExportAccess[high] = true;

        TwoMonths(region);

        var firms = region.State.Firms;
        Assert.That(firms.Productivity[high], Is.GreaterThan(firms.Productivity[low]));
        Assert.That(firms.ExportsUsdPerMonth[high] / firms.ExportsUsdPerMonth[low], Is.EqualTo(firms.Productivity[high] / firms.Productivity[low]).Within(1e-4),
            "exports scale with productivity at the same capacity and price");
    }
}
