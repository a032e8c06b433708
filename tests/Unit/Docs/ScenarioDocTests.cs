using System.Text.RegularExpressions;
using ClusterSim.Loader;

namespace ClusterSim.Tests.Docs;

public class ScenarioDocTests
{
    [Test]
    public void KeyTableEqualsTheLoadersKeys()
    {
        string doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "scenarios.md"));
        var documented = Regex.Matches(doc, @"^\| `([^`]+)` \| ([^|]*) \| ([^|]*) \| ([^|]*) \| ([^|]*) \| ([^|]*) \| ([^|]*) \|$", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim(), m.Groups[3].Value.Trim(), m.Groups[4].Value.Trim(), m.Groups[5].Value.Trim(), m.Groups[6].Value.Trim(), m.Groups[7].Value.Trim()));
        var expected = new[] { FileKind.Scenario, FileKind.Comparison, FileKind.Sweep }.SelectMany(ScenarioKeyReference.Keys)
            .Select(k => (k.Path, k.Type, k.Unit, k.Default, k.Range, k.Doc, k.Source));
        Assert.That(documented, Is.EqualTo(expected));
    }
}
