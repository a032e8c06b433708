using ClusterSim.Loader;
using ClusterSim.Runner.Checking;
using ClusterSim.Runner.Validation;

namespace ClusterSim.Tests.Runner.Validation;

/// <summary>Validation and fact files as input: what they bind to, how checks pair their conditions, and the errors bad files get.</summary>
public class ValidationPlanTests
{
    private const string Region = """
        format_version: 1
        name: tiny
        run: {ticks: 24, seed: 5}
        population: {people: 2000}
        """;

    private static string Write(string dir, string name, string text)
    {
        string path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static ValidationPlan Plan(string dir, params string[] files) => ValidationPlan.Build(files, dir, [], null, []);

    [Test]
    public void AValidationFileGivesOneCheckPerTargetAndScenario()
    {
        string dir = TestPaths.TempDir();
        Write(dir, "a.yaml", Region);
        Write(dir, "b.yaml", Region.Replace("name: tiny", "name: other").Replace("seed: 5", "seed: 9"));
        string targets = Write(dir, "targets.yaml", """
            format_version: 1
            name: mine
            run: {replications: 3, set: [population.people=1000]}
            targets:
              - {id: T1, title: births, statistic: {kind: birth_rate}, band: {low: 0.06, high: 0.12}, source: here, scenarios: [a.yaml, b.yaml]}
            """);
        var plan = Plan(dir, targets);
        Assert.That(plan.Checks.Select(c => (c.Id, c.Region)), Is.EqualTo(new[] { ("T1", "tiny"), ("T1", "other") }));
        Assert.That(plan.Arms.Select(a => (a.Seed, a.Replications)), Is.EqualTo(new[] { (5L, 3), (9L, 3) }), "each region on its own seed");
        Assert.That(plan.Arms.All(a => a.Set.SequenceEqual(["population.people=1000"])));
        Assert.That(DocumentLoader.Load(targets, ScenarioOverrides.None).Kind, Is.EqualTo(FileKind.Targets));
    }

    [Test]
    public void AFactsConditionsShareTheRegionsSeedAndChecksShareRuns()
    {
        string dir = TestPaths.TempDir();
        Write(dir, "a.yaml", Region);
        Write(dir, "variant.yaml", "extends: a.yaml\nname: variant\nrun: {seed: 77}\n");
        string facts = Write(dir, "facts.yaml", """
            format_version: 1
            name: mine
            facts:
              - id: F1
                claim: the variant has more firms
                seed: nowhere
                regions: [a.yaml]
                paired: {variant: {label: v, file: variant.yaml}, outcome: {kind: indicator_mean, indicators: [firms_alive]}, expect: higher}
              - id: F2
                claim: a level on the same region
                seed: nowhere
                regions: [a.yaml]
                level: {outcome: {kind: indicator_mean, indicators: [employment]}, band: {low: 0}}
            """);
        var plan = Plan(dir, facts);
        Assert.That(plan.Arms, Has.Count.EqualTo(2), "the region runs once for both facts");
        Assert.That(plan.Arms.Select(a => a.Seed), Is.All.EqualTo(5L), "the variant runs on the region's seed, not its own, so replication r pairs");
        Assert.That(plan.Checks.Select(c => c.Form), Is.EqualTo(new[] { "paired", "level" }));
    }

    [Test]
    public void AFactWithTwoTestsOrNoneIsRefusedAtItsLine()
    {
        string dir = TestPaths.TempDir();
        Write(dir, "a.yaml", Region);
        string facts = Write(dir, "facts.yaml", """
            format_version: 1
            name: mine
            facts:
              - id: F1
                claim: two tests
                seed: nowhere
                regions: [a.yaml]
                level: {outcome: {kind: birth_rate}, band: {low: 0}}
                not_posable: {missing: something}
              - id: F2
                claim: none
                seed: nowhere
                regions: [a.yaml]
            """);
        var errors = Assert.Throws<ScenarioException>(() => Plan(dir, facts))!.Errors.Select(e => e.ToString()).ToList();
        Assert.That(errors, Has.Some.Contains("facts.yaml:4:5: error: facts[0]: give one test per fact"));
        Assert.That(errors, Has.Some.Contains("facts.yaml:10:5: error: facts[1]: give the fact's test"));
    }

    [Test]
    public void ABadStatisticNamesItsKeyAndTheNearestName()
    {
        string dir = TestPaths.TempDir();
        Write(dir, "a.yaml", Region);
        string targets = Write(dir, "targets.yaml", """
            format_version: 1
            name: mine
            targets:
              - {id: T1, title: x, statistic: {kind: innovation_source_share, channels: [custmer]}, band: {low: 0}, source: s, scenarios: [a.yaml]}
              - {id: T2, title: y, statistic: {kind: share_of_firms_below}, band: {low: 0}, source: s, scenarios: [missing.yaml]}
              - {id: T3, title: z, statistic: {kind: indicator_mean, indicators: [firms_aliv]}, band: {low: 0}, source: s, scenarios: [a.yaml]}
            """);
        var errors = Assert.Throws<ScenarioException>(() => Plan(dir, targets))!.Errors.Select(e => e.ToString()).ToList();
        Assert.That(errors, Has.Some.Contains("targets[0].statistic.channels[0]: 'custmer' is not a knowledge channel").And.Some.Contains("did you mean 'customer'?"));
        Assert.That(errors, Has.Some.Contains("targets[1].statistic.employees: share_of_firms_below needs employees"));
        Assert.That(errors, Has.Some.Contains("targets[1].scenarios[0]: 'missing.yaml' does not exist"));
        Assert.That(errors, Has.Some.Contains("targets[2].statistic.indicators[0]: 'firms_aliv' is not a series of tiny; did you mean 'firms_alive'?"));
    }

    [Test]
    public void AScenarioFileSelectsTheLibraryChecksThatNameIt()
    {
        string dir = TestPaths.TempDir();
        string a = Write(dir, "a.yaml", Region);
        Write(dir, "b.yaml", Region.Replace("name: tiny", "name: other"));
        Write(dir, "validation/targets.yaml", """
            format_version: 1
            name: mine
            targets:
              - {id: T1, title: x, statistic: {kind: birth_rate}, band: {low: 0}, source: s, scenarios: [../a.yaml, ../b.yaml]}
            """);
        Assert.That(Plan(dir, a).Checks.Select(c => c.Region), Is.EqualTo(new[] { "tiny" }));
        Assert.That(Plan(dir).Checks, Has.Count.EqualTo(2), "no file: the whole library");
        Assert.That(ValidationPlan.Build([], dir, [], null, ["T1"]).Checks, Has.Count.EqualTo(2));
        var unknown = Assert.Throws<ScenarioException>(() => ValidationPlan.Build([], dir, [], null, ["T9"]))!;
        Assert.That(unknown.Errors[0].ToString(), Does.Contain("'T9' names no target or fact"));
    }

    [Test]
    public void CheckReadsAValidationFileAsValidateWould()
    {
        string dir = TestPaths.TempDir();
        Write(dir, "a.yaml", Region);
        string targets = Write(dir, "targets.yaml", """
            format_version: 1
            name: mine
            targets:
              - {id: T1, title: x, statistic: {kind: birth_rate}, band: {low: 0}, source: s, scenarios: [a.yaml]}
            """);
        var checkedFile = FileChecker.Check(targets);
        Assert.That(checkedFile.Kind, Is.EqualTo(FileKind.Targets));
        Assert.That(checkedFile.Scenarios.Select(s => s.Scenario.Name), Is.EqualTo(new[] { "tiny" }));
    }
}
