using ClusterSim.Runner.Execution;

namespace ClusterSim.Tests.Runner;

/// <summary>Replications running side by side change only the wall time: the files are those of replications run in turn.</summary>
public class SideBySideTests
{
    [Test]
    public void LanesAreOnePerCoreAsFarAsReplicationsAndMemoryAllow()
    {
        var scenario = SmallRegion.Scenario("baseline.yaml", "population.people=100000");
        Assert.Multiple(() =>
        {
            Assert.That(SimulationDriver.Lanes([scenario], threads: 2, replications: 10, inTurn: false), Is.EqualTo(2));
            Assert.That(SimulationDriver.Lanes([scenario], threads: 8, replications: 3, inTurn: false), Is.EqualTo(3), "no more lanes than replications");
            Assert.That(SimulationDriver.Lanes([scenario], threads: 1, replications: 10, inTurn: false), Is.EqualTo(1));
            Assert.That(SimulationDriver.Lanes([scenario], threads: 2, replications: 1, inTurn: false), Is.EqualTo(1));
            Assert.That(SimulationDriver.Lanes([scenario], threads: 2, replications: 10, inTurn: true), Is.EqualTo(1), "a panel or checkpoints run in turn");
            // The pre-flight puts each region at 1.5 × (100,000 × 80 B + 2,500 × 300 B) ≈ 13.1 MB beyond the process's 100 MiB base:
            // 140 MiB leaves room for three, 120 MiB for one.
            Assert.That(SimulationDriver.Lanes([scenario], threads: 4, replications: 10, inTurn: false, availableBytes: 140L << 20), Is.EqualTo(3));
            Assert.That(SimulationDriver.Lanes([scenario], threads: 4, replications: 10, inTurn: false, availableBytes: 120L << 20), Is.EqualTo(1));
        });
    }

    [Test]
    public void RunsAndComparisonsWriteTheSameFilesInLanesAndInTurn()
    {
        string[] small = ["--ticks", "20", "--set", "run.burn_in_ticks=4", "--set", "population.people=6000", "--quiet"];
        string work = TestPaths.TempDir();
        var oneCore = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--replications", "3", "--threads", "1", "--out", Path.Combine(work, "r1"), .. small]);
        var lanes = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--replications", "3", "--threads", "2", "--out", Path.Combine(work, "r2"), .. small]);
        Assert.That((oneCore.Code, lanes.Code), Is.EqualTo((0, 0)), oneCore.Stderr + lanes.Stderr);
        foreach (var f in new[] { "indicators.csv", "indicators.parquet", "plots/firms_alive.png" })
            Assert.That(File.ReadAllBytes(Path.Combine(work, "r2", f)), Is.EqualTo(File.ReadAllBytes(Path.Combine(work, "r1", f))), f);

        string[] pair = [TestPaths.Scenario("interventions/training_levy.base.yaml"), TestPaths.Scenario("interventions/training_levy.yaml")];
        var a = TestPaths.RunProcess(["compare", .. pair, "--replications", "4", "--threads", "1", "--out", Path.Combine(work, "c1"), "--fork-at", "6", .. small]);
        var b = TestPaths.RunProcess(["compare", .. pair, "--replications", "4", "--threads", "3", "--out", Path.Combine(work, "c3"), "--fork-at", "6", .. small]);
        Assert.That((a.Code, b.Code), Is.EqualTo((0, 0)), a.Stderr + b.Stderr);
        foreach (var f in new[] { "comparison.csv", "comparison_ticks.parquet", "scenarios/training_levy/indicators.csv", "fork/r003-t00006.ckpt" })
            Assert.That(File.ReadAllBytes(Path.Combine(work, "c3", f)), Is.EqualTo(File.ReadAllBytes(Path.Combine(work, "c1", f))), f);
    }
}
