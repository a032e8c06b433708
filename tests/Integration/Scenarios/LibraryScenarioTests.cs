using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;
using ClusterSim.Runner;
using ClusterSim.Runner.Checking;
using ClusterSim.Runner.Commands;
using ClusterSim.Runner.Execution;

namespace ClusterSim.Tests.Scenarios;

/// <summary>
/// The library is tested: every file in scenarios/ passes <c>check</c>; every scenario runs three ticks as
/// <c>clustersim run FILE --ticks 3</c> would, except regions of a million people or more, which must pass
/// the pre-flight instead. Every file says what it represents, and intervention variants change only policies.
/// </summary>
public class LibraryScenarioTests
{
    private const int RunLimitPeople = 1_000_000;

    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "scenarios"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(TestPaths.RepoRoot, "scenarios"), f)).Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Files))]
    public void PassesCheck(string file)
    {
        var log = new StringWriter();
        int code = CheckCommand.Execute([TestPaths.Scenario(file)], print: false, threads: 2, [], TextWriter.Null, log);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), log.ToString());
        Assert.That(File.ReadLines(TestPaths.Scenario(file)).First(), Does.StartWith("# "), "a library file opens with a comment on what it represents");
    }

    [TestCaseSource(nameof(Files))]
    public void RunsThreeTicksOrPassesThePreflight(string file)
    {
        var checkedFile = FileChecker.Check(TestPaths.Scenario(file));
        if (checkedFile.Kind != FileKind.Scenario)
        {
            // A comparison or sweep runs the scenarios it names, and those are library files tested here too.
            Assert.That(checkedFile.Scenarios, Is.Not.Empty);
            return;
        }
        var scenario = checkedFile.Scenarios[0].Scenario;
        if (scenario.Population.People >= RunLimitPeople)
        {
            var estimate = Preflight.Estimate(scenario, 2);
            Assert.That(estimate.Fits, Is.True, estimate.ToString());
            return;
        }
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var log = new StringWriter();
        int code = RunCommand.Execute(new RunOptions(TestPaths.Scenario(file), dir, 2, new ScenarioOverrides([], Ticks: 3), Plots: false, Force: false), log, CancellationToken.None)
            .GetAwaiter().GetResult();
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), log.ToString());
        Assert.That(File.ReadLines(Path.Combine(dir, "indicators.csv")).Count(), Is.GreaterThanOrEqualTo(2), "a header and at least one tick");
    }

    public static IEnumerable<string> InterventionVariants() =>
        Files().Where(f => f.StartsWith("interventions" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !f.EndsWith(".base.yaml", StringComparison.Ordinal));

    [TestCaseSource(nameof(InterventionVariants))]
    public void InterventionVariantExtendsItsBaseAndChangesOnlyPolicies(string file)
    {
        string basePath = TestPaths.Scenario(file[..^".yaml".Length] + ".base.yaml");
        Assert.That(File.Exists(basePath), Is.True, "every intervention has its <id>.base.yaml");
        var variant = ScenarioLoader.Load(TestPaths.Scenario(file));
        var baseScenario = ScenarioLoader.Load(basePath);
        Assert.That(Path.GetFullPath(variant.Files[1].Path), Is.EqualTo(Path.GetFullPath(basePath)), "the variant extends its own base");
        var differences = ScenarioDiff.Differences(baseScenario.Scenario, variant.Scenario, typeof(Scenario)).ToList();
        Assert.That(differences, Is.Not.Empty);
        Assert.That(differences.Where(d => !d.StartsWith("policies.", StringComparison.Ordinal) && d is not "name" and not "description"), Is.Empty);
        Assert.That(File.ReadLines(TestPaths.Scenario(file)).First(), Does.Contain("Intervention pair"), "the first comment names the pair");
    }
}
