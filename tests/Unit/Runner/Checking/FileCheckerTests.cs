using ClusterSim.Loader;
using ClusterSim.Runner.Checking;

namespace ClusterSim.Tests.Runner.Checking;

/// <summary>check's work on files that name scenarios.</summary>
public class FileCheckerTests
{
    private const string Scenario = "format_version: 1\nname: base\nrun: {ticks: 24, burn_in_ticks: 12, seed: 7}\npopulation: {people: 2000}\n";

    [Test]
    public void OverridesOfAComparisonApplyToEveryScenarioItNames()
    {
        string dir = TestPaths.TempDir();
        File.WriteAllText(Path.Combine(dir, "base.yaml"), Scenario);
        File.WriteAllText(Path.Combine(dir, "variant.yaml"), "extends: base.yaml\nname: variant\npolicies: {rd_subsidy: {value: 0.2}}\n");
        string comparison = Path.Combine(dir, "c.yaml");
        File.WriteAllText(comparison, "format_version: 1\nname: c\ncompare: {base: base.yaml, variants: [variant.yaml]}\n");

        var file = FileChecker.Check(comparison, new ScenarioOverrides(["population.people=3000"], Ticks: 6));

        Assert.That(file.Scenarios.Select(s => s.Scenario.Population.People), Is.All.EqualTo(3000));
        Assert.That(file.Scenarios.Select(s => s.Scenario.Run.BurnInTicks), Is.All.EqualTo(5));
    }
}
