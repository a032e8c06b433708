using ClusterSim.Engine.Mechanisms.Firms;
using ClusterSim.Engine.Mechanisms.Market;

namespace ClusterSim.Tests.Engine.Mechanisms.Firms;

/// <summary>Mechanism unit tests of exit (M19): a hazard of the firm's position (cash runway, losses), never of its age.</summary>
public class ExitFirmsTests
{
    private static (TestRegion Region, int Firm) Firm(double cashUsd, int birthTick = 0)
    {
        var region = new TestRegion();
        int f = region.AddFirm(knowledge: 1f, cashUsd: cashUsd);
        for (int i = 0; i < 10; i++) region.AddPerson(employer: f);
        region.State.Firms.BirthTick[f] = birthTick;
        region.State.Firms.Wage[f] = 2000;
        return (region, f);
    }

    private static double Probability(TestRegion region, int f) =>
        ExitFirms.Probability(region.State.Firms, f, region.State.Parameters.Of<ExitParameters>(), region.State.Parameters.Of<MarketParameters>().FixedCostPerMonth);

    [Test]
    public void TheExitProbabilityRisesAsTheCashRunwayShortens()
    {
        // Months of costs in cash: 12, 3, 1, none, overdrawn.
        double costs = 10 * 2000 + new TestRegion().State.Parameters.Of<MarketParameters>().FixedCostPerMonth;
        var chances = new[] { 12.0, 3, 1, 0, -2 }.Select(months => { var (r, f) = Firm(months * costs); return Probability(r, f); }).ToArray();
        for (int i = 1; i < chances.Length; i++) Assert.That(chances[i], Is.GreaterThanOrEqualTo(chances[i - 1]), $"runway step {i}");
        Assert.That(chances[3], Is.GreaterThan(10 * chances[1]), "no runway is far riskier than three months of it");
        Assert.That(chances[0], Is.GreaterThan(0), "even a firm with a year of cash can close");
    }

    [Test]
    public void LossesRaiseTheExitProbabilityAtTheSameRunway()
    {
        var (profitable, f) = Firm(20_000);
        var (losing, g) = Firm(20_000);
        profitable.State.Firms.RevenueUsdPerMonth[f] = 30_000;
        profitable.State.Firms.ProfitUsdPerMonth[f] = 3_000;
        losing.State.Firms.RevenueUsdPerMonth[g] = 30_000;
        losing.State.Firms.ProfitUsdPerMonth[g] = -9_000;
        Assert.That(Probability(losing, g), Is.GreaterThan(Probability(profitable, f)));
    }

    [Test]
    public void NoFirmExitsForReachingAnAge()
    {
        // The same firms (same keys, so the same draws) in the same position at different ages close exactly alike.
        bool[] ClosedAtAge(int age)
        {
            var region = new TestRegion();
            var s = region.State;
            s.Tick = 300;
            for (int i = 0; i < 2000; i++)
            {
                int f = region.AddFirm(cashUsd: 1_000);
                s.Firms.Employees[f] = 1;
                s.Firms.Wage[f] = 2000;
                s.Firms.BirthTick[f] = s.Tick - age;
            }
            new ExitFirms().Run(s);
            return s.Firms.Alive.Take(2000).Select(alive => !alive).ToArray();
        }
        var reference = ClosedAtAge(0);
        Assert.That(reference.Count(closed => closed), Is.GreaterThan(0), "some close");
        foreach (int age in new[] { 11, 12, 18, 24, 240 })
            Assert.That(ClosedAtAge(age), Is.EqualTo(reference), $"age {age} months");

        // And in a month, firms that differ only in age close at the same rate.
        var region = new TestRegion();
        var s = region.State;
        s.Tick = 300;
        var young = new List<int>();
        var old = new List<int>();
        for (int i = 0; i < 4000; i++)
        {
            int f = region.AddFirm(cashUsd: 0);
            s.Firms.Employees[f] = 1;
            s.Firms.Wage[f] = 2000;
            s.Firms.BirthTick[f] = i % 2 == 0 ? 299 : 12;
            (i % 2 == 0 ? young : old).Add(f);
        }
        new ExitFirms().Run(s);
        double Closed(List<int> firms) => firms.Count(f => !s.Firms.Alive[f]) / (double)firms.Count;
        Assert.That(Closed(young), Is.GreaterThan(0.05), "an entrant with no runway can fail in its first month");
        Assert.That(Closed(young), Is.EqualTo(Closed(old)).Within(0.04), "young and old firms in the same position close alike");
    }
}
