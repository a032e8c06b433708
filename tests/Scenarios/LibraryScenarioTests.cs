using ClusterSim.Runner;
using ClusterSim.Runner.Commands;

namespace ClusterSim.Tests.Scenarios;

/// <summary>Examples are tests: every scenario in scenarios/ loads and runs a few ticks.</summary>
public class LibraryScenarioTests
{
    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "scenarios"), "*.yaml", SearchOption.AllDirectories).Order();

    [TestCaseSource(nameof(Files))]
    public void RunsThreeTicks(string file)
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var log = new StringWriter();
        int code = RunCommand.Execute(new RunCommand.RunOptions(file, dir, 2, ["run.ticks=3", "run.burn_in_ticks=0"], Plots: false, Force: false), log, CancellationToken.None)
            .GetAwaiter().GetResult();
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), log.ToString());
        Assert.That(File.ReadLines(Path.Combine(dir, "indicators.csv")).Count(), Is.GreaterThanOrEqualTo(4));
    }
}
