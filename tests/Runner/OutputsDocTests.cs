using System.Text.RegularExpressions;
using ClusterSim.Engine.Indicators;

namespace ClusterSim.Tests.Runner;

public class OutputsDocTests
{
    [Test]
    public void IndicatorTableEqualsTheCatalog()
    {
        string doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "outputs.md"));
        var documented = Regex.Matches(doc, @"^\| `([a-z_0-9]+)` \| ([^|]+) \|", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim()));
        Assert.That(documented, Is.EqualTo(IndicatorCatalog.All.Select(d => (d.Name, d.Unit))));
    }
}
