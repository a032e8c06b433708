using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Policies;

namespace ClusterSim.Tests.Policies;

/// <summary>
/// Every lever moves its main outcome in the expected direction (docs/model.md §10), in paired runs with
/// common random numbers on a small region; and a lever scheduled from tick 24 changes nothing before it.
/// </summary>
public class LeverTests
{
    private const int Ticks = 96;
    private static readonly int[] Replications = [0, 1, 2];

    /// <summary>A schedule for each lever that exercises it, in force from tick 24.</summary>
    private static readonly Dictionary<string, string> Schedules = new()
    {
        ["rd_subsidy"] = "{value: 0.5, from: 24}",
        ["training_grant"] = "{value: 0.9, from: 24, target: sme}",
        ["training_levy"] = "{value: 0.03, from: 24}",
        ["tailored_liaison"] = "{value: 1, from: 24, target: 'institution:regional_university'}",
        ["public_rd_design_share"] = "{value: 0.5, from: 24, target: 'institution:regional_university'}",
    };

    public static IEnumerable<string> LeverNames() => Levers.All.Select(l => l.Name);

    [Test]
    public void EveryLeverHasATestSchedule() => Assert.That(Schedules.Keys, Is.EquivalentTo(LeverNames()));

    private static double[][][] Run(params string[] overrides) =>
        Replications.Select(r => SmallRegion.Run(Ticks, r, overrides)).ToArray();

    [TestCaseSource(nameof(LeverNames))]
    public void MovesItsMainOutcomeInTheExpectedDirection(string name)
    {
        var lever = Levers.Find(name)!;
        var baseline = Run();
        var policy = Run($"policies.{name}={Schedules[name]}");
        int outcome = IndicatorCatalog.IndexOf(lever.Outcome);
        Assert.That(outcome, Is.GreaterThanOrEqualTo(0), lever.Outcome);
        // The outcome over the last four years, summed over the paired replications.
        double Effect(double[][][] runs) => runs.Sum(rows => rows[^48..].Sum(v => v[outcome]));
        double difference = Effect(policy) - Effect(baseline);
        Assert.That(Math.Sign(difference), Is.EqualTo(lever.ExpectedSign), $"{lever.Outcome}: {Effect(policy)} vs {Effect(baseline)}");

        for (int r = 0; r < Replications.Length; r++)
            for (int t = 0; t < 24; t++)
                Assert.That(policy[r][t], Is.EqualTo(baseline[r][t]), $"tick {t} before the lever starts");
    }

    [Test]
    public void PublicSpendColumnsAddUpToTheTotal()
    {
        var rows = SmallRegion.Run(36, 0, "policies.rd_subsidy={value: 0.3}", "policies.training_grant={value: 0.5}",
            "policies.training_levy={value: 0.02}", "policies.tailored_liaison={value: 1}");
        foreach (var v in rows)
            Assert.That(Levers.All.Sum(l => v[IndicatorCatalog.PublicSpendColumn(l)]), Is.EqualTo(v[IndicatorCatalog.PublicSpendTotal]).Within(1e-6));
        foreach (var lever in new[] { Levers.RdSubsidy, Levers.TrainingGrant, Levers.TailoredLiaison })
            Assert.That(rows.Sum(v => v[IndicatorCatalog.PublicSpendColumn(lever)]), Is.GreaterThan(0), lever.Name);
        Assert.That(rows.Sum(v => v[IndicatorCatalog.PublicSpendColumn(Levers.TrainingLevy)]), Is.LessThan(0), "a levy is revenue");
    }
}
