using System.Text.RegularExpressions;
using ClusterSim.Loader;
using ClusterSim.Loader.Validation;
using ClusterSim.Runner.Validation;

namespace ClusterSim.Tests.Runner.Validation;

/// <summary>
/// The library's validation covers what it must: every stylised fact of ../shared/model-brief.md §7, every target
/// of ../shared/validation-targets.md and every intervention pair of scenarios/interventions has an entry; a fact
/// judged "not posable" names the missing mechanism, one judged "by construction" names a rule file that exists.
/// </summary>
public class LibraryCoverageTests
{
    private static string Shared(string name)
    {
        string path = Path.Combine(TestPaths.RepoRoot, "..", "shared", name);
        if (!File.Exists(path)) Assert.Fail($"{path} is missing: the shared files sit beside the repository (in CI too)");
        return File.ReadAllText(path);
    }

    private static readonly Lazy<List<object>> Documents = new(() => ValidationPlan.LibraryFiles(TestPaths.Scenario(""))
        .Select(f => DocumentLoader.Load(f, ScenarioOverrides.None).Document).ToList());

    private static IEnumerable<Fact> Facts => Documents.Value.OfType<FactsFile>().SelectMany(f => f.Facts);
    private static IEnumerable<Target> Targets => Documents.Value.OfType<TargetsFile>().SelectMany(f => f.Targets);

    [Test]
    public void EveryStylisedFactOfTheBriefHasAFact()
    {
        string brief = Shared("model-brief.md");
        string section = brief[brief.IndexOf("## 7.", StringComparison.Ordinal)..brief.IndexOf("## 8.", StringComparison.Ordinal)];
        var ids = Regex.Matches(section, @"^\| (SF\d+) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.That(ids, Has.Count.EqualTo(29), "the brief's §7 lists 29 facts");
        Assert.That(Facts.Select(f => f.Id).Distinct(), Is.SupersetOf(ids));
    }

    [Test]
    public void EveryLeverHasAFactOnItsSeedOutcomeWithTheSignOfTheRegistry()
    {
        // docs/model.md §10's second lever table reads these facts' verdicts, so each must test what the registry says.
        var facts = Facts.Where(f => f.Id.StartsWith("lever_", StringComparison.Ordinal)).ToDictionary(f => f.Id["lever_".Length..]);
        Assert.That(facts.Keys, Is.EquivalentTo(ClusterSim.Engine.Policies.Levers.All.Select(l => l.Name)));
        foreach (var lever in ClusterSim.Engine.Policies.Levers.All)
        {
            var paired = facts[lever.Name].Paired;
            Assert.That(paired, Is.Not.Null, lever.Name);
            Assert.That(paired!.Outcome.Indicators, Is.EqualTo(new[] { lever.SeedOutcome }), lever.Name);
            Assert.That(paired.Expect, Is.EqualTo(lever.SeedSign > 0 ? Direction.Higher : Direction.Lower), lever.Name);
            Assert.That(paired.Variant.Set, Has.Some.StartsWith($"policies.{lever.Name}="), $"{lever.Name}: the variant schedules the lever");
        }
    }

    [Test]
    public void EveryTargetOfTheValidationTargetsHasATarget()
    {
        var ids = Regex.Matches(Shared("validation-targets.md"), @"^\| (E\d+) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.That(ids, Has.Count.EqualTo(10));
        Assert.That(Targets.Select(t => t.Id).Distinct(), Is.EquivalentTo(ids));
    }

    [Test]
    public void EveryInterventionPairHasAFactWithItsExpectedDirection()
    {
        var pairs = Directory.EnumerateFiles(TestPaths.Scenario("interventions"), "*.base.yaml").Select(f => Path.GetFileName(f)[..^".base.yaml".Length]).ToList();
        Assert.That(pairs, Is.Not.Empty);
        foreach (var pair in pairs)
        {
            var fact = Facts.SingleOrDefault(f => f.Id == pair);
            Assert.That(fact?.Paired, Is.Not.Null, $"{pair}: a paired fact");
            Assert.That(fact!.Paired!.Variant.File, Does.EndWith($"interventions/{pair}.yaml"));
        }
    }

    [Test]
    public void VerdictsThatAreNotTestsSayWhy()
    {
        foreach (var fact in Facts)
        {
            if (fact.NotPosable is { } missing) Assert.That(missing.Missing, Has.Length.GreaterThan(40), $"{fact.Id}: name the missing mechanism");
            if (fact.ByConstruction is { } rule)
                Assert.That(File.Exists(Path.Combine(TestPaths.RepoRoot, rule.Rule)), $"{fact.Id}: {rule.Rule} exists");
        }
        foreach (var target in Targets.Where(t => t.ByConstruction is not null))
            Assert.That(File.Exists(Path.Combine(TestPaths.RepoRoot, target.ByConstruction!.Rule)), $"{target.Id}: {target.ByConstruction.Rule} exists");
    }
}
