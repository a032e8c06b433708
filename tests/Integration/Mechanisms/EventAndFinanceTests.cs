using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Finance;
using ClusterSim.Engine.Model;

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
    public void WithoutFinanceAFirmCannotGrowPastItsCash()
    {
        var sim = new Simulation(SmallRegion.Scenario(File, "mechanisms.finance=false"), 0, new ChunkedExecutor(1, 1024));
        var firms = sim.State.Firms;
        for (int f = 0; f < firms.Count; f++) firms.CashUsd[f] = 0;
        var before = firms.Employees[..firms.Count];
        sim.Step();
        double perHire = sim.State.Parameters.Of<FinanceParameters>().HiringCashMonths * sim.State.Region.WageUsdPerMonth;
        int wanting = 0;
        for (int f = 0; f < before.Length; f++)
        {
            // With no finance, cash changes only in the market phase, so the cash now is what the target was set from.
            if (!firms.Alive[f] || firms.CashUsd[f] >= perHire) continue;
            Assert.That(firms.TargetEmployees[f], Is.LessThanOrEqualTo(before[f]), $"firm {f} cannot afford a hire");
            if (firms.WantedEmployees[f] > firms.TargetEmployees[f]) wanting++;
        }
        Assert.That(wanting, Is.GreaterThan(0), "some firms wanted to grow and could not");
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
