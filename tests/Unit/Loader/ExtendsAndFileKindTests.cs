using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;
using ClusterSim.Runner;
using ClusterSim.Runner.Checking;
using ClusterSim.Runner.Commands;
using ClusterSim.Runner.Execution;

namespace ClusterSim.Tests.Loader;

/// <summary><c>extends</c> chains, comparison and sweep files, <c>check --print</c> and the pre-flight's estimate.</summary>
public class ExtendsAndFileKindTests
{
    private static string Write(string dir, string name, string text)
    {
        string path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Base = """
        format_version: 1
        name: base
        run: {ticks: 24, seed: 7}
        region: {localities: 5, fields: 8, business_climate: 0.4}
        population: {people: 5000}
        institutions:
          parks:
            - {name: a, model: bic_incubator}
            - {name: b, model: rd_centred}
        """;

    [Test]
    public void MappingsMergeListsReplaceAndChainsResolve()
    {
        string dir = TestPaths.TempDir();
        Write(dir, "base.yaml", Base);
        Write(dir, "mid/middle.yaml", "extends: ../base.yaml\nname: middle\nregion: {business_climate: 0.9}\n");
        string leaf = Write(dir, "mid/leaf.yaml", "extends: middle.yaml\nname: leaf\ninstitutions:\n  parks:\n    - {name: c, model: land_zone}\n");
        var loaded = ScenarioLoader.Load(leaf);
        var s = loaded.Scenario;
        Assert.That(s.Name, Is.EqualTo("leaf"));
        Assert.That(s.Region.BusinessClimate, Is.EqualTo(0.9), "the middle file overrides one key of region");
        Assert.That(s.Region.Localities, Is.EqualTo(5), "the other keys of region come from the base");
        Assert.That(s.Run.Seed, Is.EqualTo(7));
        Assert.That(s.Institutions.Parks.Select(p => p.Name), Is.EqualTo(new[] { "c" }), "lists replace");
        Assert.That(loaded.Files.Select(f => Path.GetFileName(f.Path)), Is.EqualTo(new[] { "leaf.yaml", "middle.yaml", "base.yaml" }));
        Assert.That(loaded.Files.Select(f => f.Sha256).Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public void TheManifestRecordsTheHashOfEveryFileOfTheChain()
    {
        string dir = TestPaths.TempDir();
        Write(dir, "base.yaml", Base);
        string variant = Write(dir, "variant.yaml", "extends: base.yaml\nname: variant\n");
        string output = Path.Combine(dir, "out");
        int code = RunCommand.Execute(new RunOptions(variant, output, 1, new ScenarioOverrides([], Ticks: 2), Plots: false, Force: false), TextWriter.Null, CancellationToken.None).GetAwaiter().GetResult();
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        string manifest = File.ReadAllText(Path.Combine(output, "manifest.json"));
        Assert.That(manifest, Does.Contain(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(dir, "base.yaml"))))));
        Assert.That(manifest, Does.Contain(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(variant)))));
    }

    [Test]
    public void ACycleIsRefusedWithItsPath()
    {
        string dir = TestPaths.TempDir();
        Write(dir, "a.yaml", "extends: b.yaml\nname: a\n");
        Write(dir, "b.yaml", "extends: c.yaml\n");
        Write(dir, "c.yaml", "extends: a.yaml\n");
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(Path.Combine(dir, "a.yaml")))!;
        Assert.That(error.Errors.Select(e => e.ToString()), Has.Some.Contains("a.yaml → b.yaml → c.yaml → a.yaml").And.Some.Contains("c.yaml:1:10"));
    }

    [Test]
    public void AnErrorInABaseFilePointsIntoTheBase()
    {
        string dir = TestPaths.TempDir();
        Write(dir, "base.yaml", Base + "\nmechanisms: {spinofs: true}\n");
        string variant = Write(dir, "variant.yaml", "extends: base.yaml\nname: variant\nregion: {localitees: 2}\n");
        var errors = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(variant))!.Errors.Select(e => e.ToString()).ToList();
        Assert.That(errors, Has.Some.StartsWith(Path.Combine(dir, "base.yaml") + ":").And.Some.Contains("did you mean 'spinoffs'"));
        Assert.That(errors, Has.Some.StartsWith(variant + ":3:").And.Some.Contains("did you mean 'localities'"));
    }

    [Test]
    public void CheckPrintsTheResolvedScenarioToStdoutAndItLoadsBackEqual()
    {
        string dir = TestPaths.TempDir();
        Write(dir, "base.yaml", Base);
        string variant = Write(dir, "variant.yaml", "extends: base.yaml\nname: variant\npolicies: {rd_subsidy: {value: 0.2}}\n");
        var output = new StringWriter();
        var log = new StringWriter();
        Assert.That(CheckCommand.Execute([variant], print: true, threads: 1, [], output, log), Is.EqualTo(ExitCodes.Ok), log.ToString());
        Assert.That(output.ToString(), Does.Not.Contain("extends"));
        Assert.That(log.ToString(), Does.Contain("ok (scenario, 2 files"));
        var printed = ScenarioLoader.Parse(output.ToString(), "printed");
        Assert.That(ScenarioDiff.Differences(ScenarioLoader.Load(variant).Scenario, printed, typeof(Scenario)), Is.Empty);
    }

    [Test]
    public void AComparisonChecksItsScenariosAndRefusesADifferentRegion()
    {
        string dir = TestPaths.TempDir();
        Write(dir, "base.yaml", Base);
        Write(dir, "policy.yaml", "extends: base.yaml\nname: policy\npolicies: {rd_subsidy: {value: 0.2}}\n");
        Write(dir, "bigger.yaml", "extends: base.yaml\nname: bigger\npopulation: {people: 6000}\nregion: {fields: 4}\n");
        string good = Write(dir, "good.yaml", "format_version: 1\nname: c\ncompare: {base: base.yaml, variants: [policy.yaml], indicators: [firms_alive]}\n");
        string bad = Write(dir, "bad.yaml", "format_version: 1\nname: c\ncompare:\n  base: base.yaml\n  variants: [policy.yaml, bigger.yaml, missing.yaml]\n  indicators: [firms_aliv]\n");
        var ok = FileChecker.Check(good);
        Assert.That(ok.Kind, Is.EqualTo(FileKind.Comparison));
        Assert.That(ok.Scenarios.Select(s => s.Scenario.Name), Is.EqualTo(new[] { "base", "policy" }));
        var errors = Assert.Throws<ScenarioException>(() => FileChecker.Check(bad))!.Errors.Select(e => e.ToString()).ToList();
        Assert.That(errors, Has.Some.Contains("bad.yaml:5:").And.Some.Contains("compare.variants[1]: region, population and the run's ticks, burn-in and start must equal the base's; they differ at region.fields, population.people"));
        Assert.That(errors, Has.Some.Contains("compare.variants[2]: 'missing.yaml' does not exist"));
        Assert.That(errors, Has.Some.Contains("did you mean 'firms_alive'"));
    }

    [Test]
    public void ASweepChecksEveryValueAgainstTheScenario()
    {
        string dir = TestPaths.TempDir();
        Write(dir, "base.yaml", Base);
        string sweep = Write(dir, "sweep.yaml", "format_version: 1\nname: s\nsweep:\n  scenario: base.yaml\n  parameters:\n    - {key: region.business_climate, values: [0.2, 1.5]}\n    - {key: region.climate, values: [1]}\n");
        var errors = Assert.Throws<ScenarioException>(() => FileChecker.Check(sweep))!.Errors.Select(e => e.ToString()).ToList();
        Assert.That(errors, Has.Some.Contains("sweep.yaml:6:").And.Some.Contains("sweep.parameters[0].values[1]: region.business_climate = 1.5").And.Some.Contains("out of range"));
        Assert.That(errors, Has.Some.Contains("sweep.parameters[1].values[0]: region.climate = 1").And.Some.Contains("unknown key"));
        Assert.That(errors, Has.None.Contains("values[0]: region.business_climate"), "0.2 is a valid value");
    }

    [Test]
    public void TheEstimateOfARegionTheMachineCannotHoldDoesNotFit()
    {
        var scenario = ScenarioLoader.Parse(Base, "base");
        var small = Preflight.Estimate(scenario, 2, availableBytes: 1L << 30);
        var huge = Preflight.Estimate(scenario with { Population = scenario.Population with { People = 100_000_000, FirmsPer1000People = 100 } }, 2, availableBytes: 1L << 30);
        Assert.That(small.Fits, Is.True);
        Assert.That(huge.Fits, Is.False);
        Assert.That(huge.PeakBytes, Is.GreaterThan(100_000_000L * (long)Preflight.BytesPerPerson));
        Assert.That(huge.Seconds, Is.GreaterThan(1000 * small.Seconds));
    }
}
