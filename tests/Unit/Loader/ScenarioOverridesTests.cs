using ClusterSim.Loader;

namespace ClusterSim.Tests.Loader;

/// <summary>The command line's overrides: applied in one load, in a fixed order, recorded as applied, and named in errors.</summary>
public class ScenarioOverridesTests
{
    private const string Scenario = "format_version: 1\nname: s\nrun: {ticks: 24, burn_in_ticks: 12, seed: 7}\npopulation: {people: 2000}\n";

    private static string File(string text = Scenario, string name = "s.yaml")
    {
        string path = Path.Combine(TestPaths.TempDir(), name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void TypedOptionsAreRecordedAsAssignmentsInTheOrderApplied()
    {
        var loaded = ScenarioLoader.Load(File(), new ScenarioOverrides(["population.people=3000", "run.seed=9"], Seed: 5, Replications: 3, Ticks: 30));
        Assert.That(loaded.Overrides, Is.EqualTo(new[] { "run.seed=5", "population.people=3000", "run.seed=9", "run.replications=3", "run.ticks=30" }));
        Assert.That(loaded.Scenario.Run.Seed, Is.EqualTo(9), "a --set given after --seed wins, as the record says");
        Assert.That(loaded.Scenario.Run.Replications, Is.EqualTo(3));
        Assert.That(loaded.Scenario.Run.Ticks, Is.EqualTo(30));
        Assert.That(loaded.Scenario.Run.BurnInTicks, Is.EqualTo(12), "a burn-in within the run is kept");
        Assert.That(loaded.Note, Is.Null);
        Assert.That(loaded.Files, Has.Count.EqualTo(1));
    }

    [Test]
    public void TicksWithinTheBurnInShortenItAndSaySo()
    {
        var loaded = ScenarioLoader.Load(File(), new ScenarioOverrides([], Ticks: 6));
        Assert.That(loaded.Scenario.Run.Ticks, Is.EqualTo(6));
        Assert.That(loaded.Scenario.Run.BurnInTicks, Is.EqualTo(5), "one written tick is left");
        Assert.That(loaded.Overrides, Is.EqualTo(new[] { "run.ticks=6", "run.burn_in_ticks=5" }));
        Assert.That(loaded.Note, Does.Contain("--ticks 6 is within the scenario's burn-in of 12 ticks; burn-in shortened to 5"));
    }

    [Test]
    public void TheRecordedOverridesLoadTheSameScenarioAgain()
    {
        // What resume relies on: a checkpoint's recorded overrides, applied as --set assignments, give the run's scenario.
        string path = File();
        var first = ScenarioLoader.Load(path, new ScenarioOverrides(["population.people=3000"], Seed: 5, Ticks: 6));
        var again = ScenarioLoader.Load(path, ScenarioOverrides.Recorded(first.Overrides));
        Assert.That(again.Scenario, Is.EqualTo(first.Scenario).Using<ClusterSim.Engine.Scenarios.Scenario>((a, b) => ScenarioWriter.Write(a) == ScenarioWriter.Write(b)));
        Assert.That(again.Overrides, Is.EqualTo(first.Overrides));
    }

    [Test]
    public void AnErrorNamesTheOptionAndPointsAtItsValue()
    {
        var errors = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(File(), new ScenarioOverrides(["run.tiks=3"], Replications: 0)))!
            .Errors.Select(e => e.ToString()).ToList();
        Assert.That(errors, Has.Some.StartsWith("--replications 0:1:16: error: run.replications: 0 is out of range"));
        Assert.That(errors, Has.Some.StartsWith("--set run.tiks=3:1:1: error: run.tiks: unknown key"));
    }
}
