using ClusterSim.Engine.Mechanisms.Market;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Engine.Mechanisms.Market;

/// <summary>Mechanism unit tests of trade on the network (M13): what a customer pays for last month's inputs goes to its suppliers on its ties.</summary>
public class SupplierTradeTests
{
    /// <summary>A firm of <paramref name="staff"/> employees with last month's inputs as the generator would give it.</summary>
    private static int Firm(TestRegion region, int staff)
    {
        int f = region.AddFirm(knowledge: 1f);
        for (int i = 0; i < staff; i++) region.AddPerson(employer: f);
        var p = region.State.Parameters.Of<MarketParameters>();
        region.State.Firms.PurchasesUsdPerMonth[f] = (float)(staff * p.WagePerMonth * p.Markup * p.InputShare / (1 - p.InputShare));
        return f;
    }

    [Test]
    public void ASuppliersSalesFollowItsCustomersPurchasesOnTheTie()
    {
        // A customer with one supplier tie pays local_sourcing_per_supplier_tie of last month's inputs to its supplier.
        foreach (float inputs in new[] { 10_000f, 20_000f })
        {
            var region = new TestRegion("", "parameters.market.local_sourcing_per_supplier_tie=0.1");
            int customer = Firm(region, 10), supplier = Firm(region, 10), other = Firm(region, 10);
            region.Tie(customer, supplier, TieLayer.Supplier);
            var s = region.State;
            s.Firms.PurchasesUsdPerMonth[customer] = inputs;

            var (onTies, offTies) = SupplierTrade.Buy(s, s.Parameters.Of<MarketParameters>());

            Assert.That(s.Firms.TieSalesUsdPerMonth[supplier], Is.EqualTo(0.1 * inputs).Within(1e-3));
            Assert.That(s.Firms.TieSalesUsdPerMonth[other], Is.EqualTo(0));
            Assert.That(s.Firms.TiePurchasesUsdPerMonth[customer], Is.EqualTo(0.1 * inputs).Within(1e-3));
            Assert.That(onTies, Is.EqualTo(0.1 * inputs).Within(1e-3), "all that is paid on ties");
            Assert.That(offTies, Is.EqualTo(0.9 * inputs + s.Firms.PurchasesUsdPerMonth[supplier] + s.Firms.PurchasesUsdPerMonth[other]).Within(1e-2),
                "the rest of every firm's payments goes to the regional market");
        }
    }
}
