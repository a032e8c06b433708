using ClusterSim.Runner.Statistics;

namespace ClusterSim.Tests.Runner.Statistics;

/// <summary>Public money per unit of outcome, on paired samples whose answer is known.</summary>
public class CostPerUnitTests
{
    private static readonly double[] Spend = [1000, 1000, 1000, 1000, 1000];

    [Test]
    public void AStockCostsTheWindowsMoneyPerUnitOfItsMeanDifference()
    {
        // 1,000 USD a month for 12 months buys 10 more jobs held on average: 1,200 USD per job, with no uncertainty.
        var c = CostPerUnit.Of(Spend, [10, 10, 10, 10, 10], 12, isFlow: false, key: 1);
        Assert.That((c.Mean, c.Low, c.High), Is.EqualTo((1200.0, 1200.0, 1200.0)));
    }

    [Test]
    public void AFlowCostsTheWindowsMoneyPerUnitOfItsTotal()
    {
        // Two more firms founded a month for 12 months: 24 firms for 12,000 USD, 500 USD each.
        var c = CostPerUnit.Of(Spend, [2, 2, 2, 2, 2], 12, isFlow: true, key: 1);
        Assert.That(c.Mean, Is.EqualTo(500).Within(1e-9));
    }

    [Test]
    public void AnOutcomeThatCanVanishHasNoUpperBoundAndNoSpendingHasNoCost()
    {
        var c = CostPerUnit.Of(Spend, [10, -5, -3, 0, 12], 12, isFlow: false, key: 1);
        Assert.That(c.Mean, Is.EqualTo(12_000 / 2.8).Within(1e-9));
        Assert.That(double.IsPositiveInfinity(c.High), Is.True, "resamples whose outcome is not positive buy nothing");
        Assert.That(c.Low, Is.GreaterThan(0).And.LessThan(c.Mean));
        Assert.That(double.IsNaN(CostPerUnit.Of([0, 0, 0], [1, 2, 3], 12, false, 1).Mean), Is.True);
    }
}
