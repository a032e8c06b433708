using ClusterSim.Engine.Indicators;

namespace ClusterSim.Tests.Mechanisms;

public class EventAndFinanceTests
{
    private const string File = "examples/all_institutions.yaml";

    [Test]
    public void EventsBuildTiesThatDecayWhenTheyStop()
    {
        // M10: events create meeting opportunities; networks are entropic (WB:L450).
        double[] Ties(string? schedule)
        {
            var rows = schedule is null ? SmallRegion.RunFile(File, 96, 0) : SmallRegion.RunFile(File, 96, 0, "policies.brokerage_events=" + schedule);
            return rows.Select(v => v[IndicatorCatalog.TiesCollaboration.Index]).ToArray();
        }
        var baseline = Ties(null);
        var events = Ties("{value: 120, from: 12, until: 48, target: 'locality:0'}");
        double during = events[47] - baseline[47], after = events[95] - baseline[95];
        Assert.That(during, Is.GreaterThan(0), "ties while events run");
        Assert.That(after, Is.LessThan(during), "the extra ties decay once events stop");
    }

    [Test]
    public void FundsPlaceMoneyOnlyWithinTheirBudgets()
    {
        var scenario = SmallRegion.Scenario(File);
        var rows = SmallRegion.RunFile(File, 60, 0);
        double perYear = scenario.Institutions.Funds.Sum(f => f.BudgetUsdPerYear);
        for (int year = 0; year < 5; year++)
            Assert.That(rows[(year * 12)..((year + 1) * 12)].Sum(v => v[IndicatorCatalog.FinancePlaced.Index]), Is.LessThanOrEqualTo(perYear));
        Assert.That(rows.Sum(v => v[IndicatorCatalog.SeedInvestments.Index]), Is.GreaterThan(0));
        Assert.That(rows.Sum(v => v[IndicatorCatalog.BankLoans.Index]), Is.GreaterThan(0));
    }
}
