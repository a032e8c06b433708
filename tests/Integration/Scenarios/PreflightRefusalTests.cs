using ClusterSim.Runner;

namespace ClusterSim.Tests.Scenarios;

/// <summary>The runner, as a process, refuses a region the machine cannot hold before it writes anything.</summary>
public class PreflightRefusalTests
{
    [Test]
    public void AScenarioTheMachineCannotHoldIsRefusedBeforeAnythingIsWritten()
    {
        // A region far larger than any machine's, against a 1 GiB heap limit.
        string dir = TestPaths.TempDir();
        string giant = Path.Combine(dir, "giant.yaml");
        File.WriteAllText(giant, "format_version: 1\nname: giant\nrun: {ticks: 24, seed: 7}\npopulation: {people: 100000000, firms_per_1000_people: 500}\n");
        var (code, _, stderr) = TestPaths.RunProcess(["run", giant, "--out", Path.Combine(dir, "out")], new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x40000000" });
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput), stderr);
        Assert.That(stderr, Does.Match(@"giant\.yaml:\d+:\d+: error: population\.people: .*cannot hold the region"));
        Assert.That(Directory.Exists(Path.Combine(dir, "out")), Is.False);
    }
}
