using System.Text.RegularExpressions;
using ClusterSim.Engine.Indicators;

namespace ClusterSim.Tests.Runner;

public class OutputsDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "outputs.md"));

    private static string Section(string heading)
    {
        int start = Doc.IndexOf("## " + heading, StringComparison.Ordinal);
        int end = Doc.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return Doc[start..(end < 0 ? Doc.Length : end)];
    }

    [Test]
    public void PanelColumnsEqualTheWriters()
    {
        var documented = Regex.Matches(Section("panel.csv"), @"`([a-z_0-9]+)`(?=[^|]*\|[^|]*\|\s*$)", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.That(documented, Is.EqualTo(ClusterSim.Runner.Tables.PanelTable.Columns));
    }

    [Test]
    public void IndicatorTableEqualsTheCatalog()
    {
        var documented = Regex.Matches(Section("indicators.csv"), @"^\| `([a-z_0-9]+)` \| ([^|]+) \|", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim()));
        Assert.That(documented, Is.EqualTo(IndicatorCatalog.All.Select(d => (d.Name, d.Unit))));
    }
}
