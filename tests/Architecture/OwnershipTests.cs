using System.Reflection;
using System.Text.RegularExpressions;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Tests.Architecture;

/// <summary>
/// A mechanism owns its parts: its parameter record sits beside it under <c>engine/Mechanisms/&lt;Area&gt;/</c> and is
/// found by its attribute, so <c>engine/Scenarios/</c> holds only the root of the parameters.
/// </summary>
public class OwnershipTests
{
    private static readonly Assembly Engine = typeof(Scenario).Assembly;

    [Test]
    public void NoParameterRecordButTheRootIsDeclaredInScenarios()
    {
        var declared = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "engine", "Scenarios"), "*.cs")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"\b(?:record|class)\s+(\w+Parameters)\b").Select(m => $"{Path.GetFileName(f)}: {m.Groups[1].Value}"));
        Assert.That(declared, Is.EqualTo(new[] { "ModelParameters.cs: ModelParameters" }));
    }

    [Test]
    public void EveryParameterRecordSitsBesideItsMechanisms()
    {
        var records = Engine.GetTypes().Where(t => t.IsDefined(typeof(ParameterSectionAttribute))).ToList();
        Assert.That(records, Is.Not.Empty);
        foreach (var t in records)
        {
            Assert.That(t.Namespace, Does.StartWith("ClusterSim.Engine.Mechanisms."), t.Name);
            string area = t.Namespace!["ClusterSim.Engine.Mechanisms.".Length..];
            string file = Path.Combine(TestPaths.RepoRoot, "engine", "Mechanisms", area, t.Name + ".cs");
            Assert.That(File.Exists(file), Is.True, $"{t.Name} in engine/Mechanisms/{area}/{t.Name}.cs");
            var others = Directory.EnumerateFiles(Path.GetDirectoryName(file)!, "*.cs").Where(f => f != file);
            Assert.That(others, Is.Not.Empty, $"{t.Name} has a mechanism beside it");
        }
    }

    [Test]
    public void ParameterSectionsHaveDistinctKeysAndOrders()
    {
        var sections = Engine.GetTypes().Select(t => t.GetCustomAttribute<ParameterSectionAttribute>()).OfType<ParameterSectionAttribute>().ToList();
        Assert.That(sections.Select(s => s.Key), Is.Unique);
        Assert.That(sections.Select(s => s.Order), Is.Unique);
        Assert.That(ScenarioSchema.KeysOf(typeof(ModelParameters)).Select(k => k.Name), Is.EqualTo(sections.OrderBy(s => s.Order).Select(s => s.Key)));
    }
}
