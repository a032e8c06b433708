using System.Text.RegularExpressions;
using ClusterSim.Engine.Indicators;
using ClusterSim.Runner.Comparison;
using ClusterSim.Runner.Tables;

namespace ClusterSim.Tests.Docs;

/// <summary>docs/outputs.md lists what the writers write: every table's columns, in order.</summary>
public class OutputsDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "outputs.md"));

    /// <summary>The text under a heading, up to the next heading of the same or a higher level.</summary>
    private static string Section(string heading)
    {
        var match = Regex.Match(Doc, $@"^(#+) {Regex.Escape(heading)}\s*$", RegexOptions.Multiline);
        Assert.That(match.Success, Is.True, $"docs/outputs.md has a section '{heading}'");
        int level = match.Groups[1].Length;
        var next = Regex.Match(Doc[(match.Index + match.Length)..], $@"^#{{1,{level}}} ", RegexOptions.Multiline);
        return Doc.Substring(match.Index, next.Success ? match.Length + next.Index : Doc.Length - match.Index);
    }

    /// <summary>The backticked names in the first cell of each table row of a section, in order.</summary>
    private static IEnumerable<string> FirstCellNames(string section) =>
        Regex.Matches(section, @"^\| ([^|]+)\|", RegexOptions.Multiline)
            .SelectMany(row => Regex.Matches(row.Groups[1].Value, "`([a-z_0-9]+)`").Select(m => m.Groups[1].Value));

    [Test]
    public void PanelColumnsEqualTheWriters() =>
        Assert.That(FirstCellNames(Section("panel.csv")), Is.EqualTo(PanelTable.Columns));

    [Test]
    public void IndicatorTableEqualsTheCatalog()
    {
        var documented = Regex.Matches(Section("indicators.csv"), @"^\| `([a-z_0-9]+)` \| ([^|]+) \|", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim()));
        Assert.That(documented, Is.EqualTo(IndicatorCatalog.All.Select(d => (d.Name, d.Unit))));
    }

    [Test]
    public void ParkTableIsKeysParkAndTheParkMeasures()
    {
        var documented = Regex.Matches(Section("parks.csv"), @"^\| `([a-z_0-9]+)` \| ([^|]+) \| ([^|]+) \|", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim(), m.Groups[3].Value.Trim()));
        Assert.That(documented, Is.EqualTo(ParkIndicators.All.Select(m => (m.Name, m.Unit, m.Doc))));
        Assert.That(ParkTable.Columns, Is.EqualTo(new[] { "scenario", "replication", "tick", "date", "seed", "park" }.Concat(ParkIndicators.All.Select(m => m.Name))));
    }

    [Test]
    public void BreakdownIndicatorsEqualTheEngines() =>
        Assert.That(FirstCellNames(Section("breakdowns.csv")), Is.EqualTo(Breakdowns.Indicators));

    [Test]
    public void BreakdownTableIsKeysGroupingAndThoseIndicators() =>
        Assert.That(BreakdownTable.Columns, Is.EqualTo(new[] { "scenario", "replication", "tick", "date", "seed", "breakdown", "group_name" }.Concat(Breakdowns.Indicators)));

    [Test]
    public void ComparisonColumnsEqualTheWriters()
    {
        Assert.That(FirstCellNames(Section("comparison.csv")), Is.EqualTo(ComparisonTables.SummaryColumns));
        Assert.That(FirstCellNames(Section("comparison_breakdowns.csv")), Is.EqualTo(ComparisonTables.BreakdownColumns));
        Assert.That(FirstCellNames(Section("comparison_ticks.csv")), Is.EqualTo(ComparisonTables.TickColumns));
    }

    [Test]
    public void EveryFileTheTableNamesIsDocumentedInItsOwnSection()
    {
        foreach (var heading in new[] { "indicators.csv", "parks.csv", "breakdowns.csv", "panel.csv", "manifest.json", "resolved_scenario.yaml", "plots/", "report.html", "comparison.csv", "comparison_ticks.csv", "comparison_breakdowns.csv" })
            Assert.That(Section(heading), Is.Not.Empty, heading);
    }
}
