using System.Text.Json;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;
using ClusterSim.Runner;
using ClusterSim.Runner.Checking;
using ClusterSim.Runner.Commands;

namespace ClusterSim.Tests.Runner;

/// <summary>
/// Warm-start forks: the shared history runs once and every scenario continues from its checkpoint. Because
/// the variants' policies start at or after the fork, a fork comparison must give exactly the runs a plain
/// comparison gives; it only computes the history once.
/// </summary>
public class ForkTests
{
    private const int Fork = 24;
    private static readonly string[] Pair = [TestPaths.Scenario("interventions/soft_landing.base.yaml"), TestPaths.Scenario("interventions/soft_landing.yaml")];
    private static readonly string[] Small = ["population.people=10000", "run.burn_in_ticks=12"];

    private static (int Code, string Log, string Dir) Compare(int? forkAt, string[]? files = null)
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var log = new StringWriter();
        int code = CompareCommand.Execute(new CompareCommand.CompareOptions(files ?? Pair, dir, 2, new ScenarioOverrides(Small, Ticks: 48), 3, Quiet: true, ForkAt: forkAt), log, CancellationToken.None)
            .GetAwaiter().GetResult();
        return (code, log.ToString(), dir);
    }

    [Test]
    public void AForkGivesTheRunsOfAPlainComparisonFromOneSharedHistory()
    {
        var (plainCode, plainLog, plain) = Compare(null);
        var (code, log, forked) = Compare(Fork);
        Assert.That((plainCode, code), Is.EqualTo((0, 0)), plainLog + log);

        foreach (string name in new[] { "soft_landing_base", "soft_landing" })
            Assert.That(File.ReadAllBytes(Path.Combine(forked, "scenarios", name, "indicators.csv")),
                Is.EqualTo(File.ReadAllBytes(Path.Combine(plain, "scenarios", name, "indicators.csv"))), $"{name}: the fork is a shortcut, not a different run");

        // The prefix is byte-identical across branches (the scenario column aside).
        string[] Prefix(string name) => File.ReadLines(Path.Combine(forked, "scenarios", name, "indicators.csv")).Skip(1)
            .Select(l => l.Split(',', 2)[1]).Where(l => int.Parse(l.Split(',')[1]) < Fork).ToArray();
        Assert.That(Prefix("soft_landing"), Is.EqualTo(Prefix("soft_landing_base")));
        Assert.That(Prefix("soft_landing"), Has.Length.EqualTo(3 * (Fork - 12)), "burn-in to fork, three replications");

        // One checkpoint per replication; the manifests record their hashes.
        var checkpoints = Directory.GetFiles(Path.Combine(forked, "fork")).Order(StringComparer.Ordinal).ToArray();
        Assert.That(checkpoints.Select(Path.GetFileName), Is.EqualTo(new[] { "r000-t00024.ckpt", "r001-t00024.ckpt", "r002-t00024.ckpt" }));
        var hashes = checkpoints.Select(c => ClusterSim.Runner.Checkpoints.CheckpointFile.Read(c).Contents.Sha256).ToArray();
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(forked, "manifest.json")));
        Assert.That(manifest.RootElement.GetProperty("fork_at").GetInt32(), Is.EqualTo(Fork));
        Assert.That(manifest.RootElement.GetProperty("fork_checkpoints").EnumerateArray().Select(c => c.GetProperty("sha256").GetString()), Is.EqualTo(hashes));
        Assert.That(manifest.RootElement.GetProperty("fork_checkpoints")[0].GetProperty("path").GetString(), Is.EqualTo(checkpoints[0]), "the final path, not the temporary one");
        foreach (string name in new[] { "soft_landing_base", "soft_landing" })
        {
            using var branch = JsonDocument.Parse(File.ReadAllText(Path.Combine(forked, "scenarios", name, "manifest.json")));
            Assert.That(branch.RootElement.GetProperty("checkpoints").EnumerateArray().Select(c => c.GetProperty("sha256").GetString()), Is.EqualTo(hashes), name);
        }

        // A shared history is not a run's checkpoint: resume refuses it rather than write a partial run.
        var resumed = TestPaths.RunProcess(["resume", checkpoints[0], "--out", Path.Combine(TestPaths.TempDir(), "out")]);
        Assert.That(resumed.Code, Is.EqualTo(ExitCodes.BadInput), resumed.Stderr);
        Assert.That(resumed.Stderr, Does.Contain("not a checkpoint of clustersim run"));

        // The comparison covers the ticks after the fork, and the report marks it.
        var ticks = File.ReadLines(Path.Combine(forked, "comparison_ticks.csv")).Skip(1).Select(l => int.Parse(l.Split(',')[4])).ToList();
        Assert.That(ticks.Min(), Is.EqualTo(Fork));
        Assert.That(ticks.Max(), Is.EqualTo(47));
        var plainTicks = File.ReadLines(Path.Combine(plain, "comparison_ticks.csv")).Skip(1).Select(l => int.Parse(l.Split(',')[4])).ToList();
        Assert.That(plainTicks.Min(), Is.EqualTo(12), "without a fork the comparison starts after burn-in");
        string report = File.ReadAllText(Path.Combine(forked, "report.html"));
        Assert.That(report, Does.Contain("share the history up to the fork at tick 24 (2010-01)"));
        Assert.That(report, Does.Contain("the dashed line marks the fork at 2010-01 (tick 24)"));
        Assert.That(File.ReadAllText(Path.Combine(plain, "report.html")), Does.Not.Contain("marks the fork"));
    }

    [Test]
    public void TheLibrarysForkExampleRunsFromItsComparisonFile()
    {
        var (code, log, dir) = Compare(null, [TestPaths.Scenario("examples/compare_soft_landing_fork.yaml")]);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), log);
        Assert.That(Directory.GetFiles(Path.Combine(dir, "fork")), Has.Length.EqualTo(3), "compare.fork_at 24 from the file");
        Assert.That(File.ReadLines(Path.Combine(dir, "comparison_ticks.csv")).Skip(1).Min(l => int.Parse(l.Split(',')[4])), Is.EqualTo(Fork));
        Assert.That(File.ReadAllText(Path.Combine(dir, "report.html")), Does.Contain("marks the fork at 2010-01 (tick 24)"));
    }

    [Test]
    public void OverTimePlotsMarkTheForkEvenInsideTheBurnIn()
    {
        var start = new YearMonth(2008, 1);
        var series = new ClusterSim.Runner.Output.BandSeries("a", [(30, new ClusterSim.Runner.Statistics.MeanInterval(1, 0, 2)), (40, new ClusterSim.Runner.Statistics.MeanInterval(2, 1, 3))]);
        var model = ClusterSim.Runner.Output.PlotWriter.OverTime("x", "u", "s", start, [series], bands: true, markTick: 24);
        var line = model.Annotations.OfType<OxyPlot.Annotations.LineAnnotation>().Single();
        Assert.That(line.Text, Is.EqualTo("fork"));
        Assert.That(line.X, Is.EqualTo(OxyPlot.Axes.DateTimeAxis.ToDouble(new DateTime(2010, 1, 1, 0, 0, 0, DateTimeKind.Utc))));
        Assert.That(model.Axes.OfType<OxyPlot.Axes.DateTimeAxis>().Single().Minimum, Is.EqualTo(line.X), "the axis reaches back to a fork before the first month shown");
        Assert.That(ClusterSim.Runner.Output.PlotWriter.OverTime("x", "u", "s", start, [series], bands: true).Annotations, Is.Empty);
    }

    [Test]
    public void AVariantThatActsBeforeTheForkIsRefusedNamingTheFirstDifference()
    {
        string events = TestPaths.Scenario("interventions/events_decay.yaml");
        var (code, log, dir) = Compare(36, [TestPaths.Scenario("interventions/events_decay.base.yaml"), events]);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(log, Does.Contain($"{events}:10:").And.Contain("error: policies.brokerage_events.until: fork_at 36"));
        Assert.That(Directory.Exists(dir), Is.False);

        var (ok, okLog, _) = Compare(24, [TestPaths.Scenario("interventions/events_decay.base.yaml"), events]);
        Assert.That(ok, Is.EqualTo(ExitCodes.Ok), "both brokerage entries start at 24: " + okLog);
    }

    [Test]
    public void ACheckedComparisonFileWithAForkAppliesTheSameRule()
    {
        string dir = TestPaths.TempDir();
        string file = Path.Combine(dir, "fork.yaml");
        File.WriteAllText(file, $"format_version: 1\nname: f\ncompare:\n  base: {TestPaths.Scenario("interventions/events_decay.base.yaml")}\n" +
            $"  variants: [{TestPaths.Scenario("interventions/events_decay.yaml")}]\n  fork_at: 36\n");
        var errors = Assert.Throws<ScenarioException>(() => FileChecker.Check(file))!.Errors;
        Assert.That(errors.Select(e => e.ToString()), Has.Some.Contains("policies.brokerage_events.until: compare.fork_at 36"));
        File.WriteAllText(file, File.ReadAllText(file).Replace("fork_at: 36", "fork_at: 24"));
        Assert.That(FileChecker.Check(file).Kind, Is.EqualTo(FileKind.Comparison));
    }
}
