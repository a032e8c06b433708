using ClusterSim.Loader;
using ClusterSim.Runner;
using ClusterSim.Runner.Commands;

namespace ClusterSim.Tests.Determinism;

/// <summary>Same seed → same bytes, whatever the thread count or vector width; different seeds → different results.</summary>
public class DeterminismTests
{
    private static readonly string[] Small = ["run.ticks=36", "run.burn_in_ticks=0", "population.people=20000", "run.chunk_size=64", "run.replications=2"];

    private static string Run(int threads, IEnumerable<string> extra, string file = "indicators.csv")
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var options = new RunOptions(TestPaths.Scenario("baseline.yaml"), dir, threads, new ScenarioOverrides(Small.Concat(extra).ToArray()), Plots: false, Force: false, Panel: "csv");
        int code = RunCommand.Execute(options, TextWriter.Null, CancellationToken.None).GetAwaiter().GetResult();
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        return File.ReadAllText(Path.Combine(dir, file));
    }

    [Test]
    public void SameSeedGivesByteIdenticalIndicators()
    {
        string first = Run(1, []);
        string second = Run(1, []);
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void OneAndTwoThreadsGiveByteIdenticalIndicators()
    {
        string one = Run(1, []);
        Assert.That(one.Split('\n'), Has.Length.GreaterThan(70));
        Assert.That(Run(2, []), Is.EqualTo(one));
    }

    [TestCase("examples/all_institutions.yaml", "alatau_zone")]
    [TestCase("examples/global_links.yaml", "science_park")]
    public void ExamplesGiveByteIdenticalIndicatorsOnOneAndTwoThreads(string file, string park)
    {
        string Run(int threads)
        {
            string dir = Path.Combine(TestPaths.TempDir(), "out");
            var options = new RunOptions(TestPaths.Scenario(file), dir, threads, new ScenarioOverrides(Small), Plots: false, Force: false);
            Assert.That(RunCommand.Execute(options, TextWriter.Null, CancellationToken.None).GetAwaiter().GetResult(), Is.EqualTo(ExitCodes.Ok));
            return File.ReadAllText(Path.Combine(dir, "indicators.csv")) + File.ReadAllText(Path.Combine(dir, "parks.csv"));
        }
        string one = Run(1);
        Assert.That(one, Does.Contain("," + park + ","), "the park table has the park's rows");
        Assert.That(Run(2), Is.EqualTo(one));
    }

    [Test]
    public void OneAndTwoThreadsGiveByteIdenticalPanels()
    {
        string one = Run(1, [], "panel.csv");
        Assert.That(one.Split('\n'), Has.Length.GreaterThan(1000));
        Assert.That(Run(2, [], "panel.csv"), Is.EqualTo(one));
    }

    [Test]
    public void DifferentSeedsDiffer()
    {
        Assert.That(Run(2, ["run.seed=43"]), Is.Not.EqualTo(Run(2, [])));
    }

    [Test]
    public void SameBytesWithoutAvx512()
    {
        string[] Args(string dir) => ["run", TestPaths.Scenario("baseline.yaml"), "--out", dir, "--threads", "2", "--no-plots", .. Small.SelectMany(s => new[] { "--set", s })];
        string a = Path.Combine(TestPaths.TempDir(), "a"), b = Path.Combine(TestPaths.TempDir(), "b");
        var first = TestPaths.RunProcess(Args(a));
        var second = TestPaths.RunProcess(Args(b), new Dictionary<string, string> { ["DOTNET_EnableAVX512F"] = "0", ["DOTNET_EnableAVX2"] = "0" });
        Assert.That(first.Code, Is.EqualTo(0), first.Stderr);
        Assert.That(second.Code, Is.EqualTo(0), second.Stderr);
        Assert.That(File.ReadAllText(Path.Combine(b, "indicators.csv")), Is.EqualTo(File.ReadAllText(Path.Combine(a, "indicators.csv"))));
    }
}
