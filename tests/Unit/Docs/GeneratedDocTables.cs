using System.Globalization;
using System.Text;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;

namespace ClusterSim.Tests.Docs;

/// <summary>
/// The tables of docs/ that list what the code has (parameters, phases, switches and every scenario key,
/// indicators, park measures, levers) are written from the code by these tests: each renders its table from
/// the same reflection the doc-equality tests read, and fails when the doc's table differs. Run them with
/// <c>CLUSTERSIM_WRITE_DOCS=1</c> to write the rendered tables into the docs instead
/// (<c>CLUSTERSIM_WRITE_DOCS=1 dotnet test tests/Unit -c Release --filter GeneratedDocTables</c>).
/// </summary>
public class GeneratedDocTables
{
    private static bool Writing => Environment.GetEnvironmentVariable("CLUSTERSIM_WRITE_DOCS") == "1";

    [Test]
    public void ModelParameterTable() => Check("model.md", "| key | default | unit | meaning | source |", 0,
        ScenarioSchema.Leaves(typeof(ModelParameters), "parameters").Select(leaf =>
        {
            object owner = new ModelParameters();
            foreach (var part in leaf.Path.Split('.')[1..^1])
                owner = ScenarioSchema.KeysOf(owner.GetType()).First(k => k.Name == part).Get(owner)!;
            var p = leaf.Key.Param!;
            return Row($"`{leaf.Path}`", Format(leaf.Key.Get(owner)), p.Unit, p.Doc, p.Source);
        }));

    [Test]
    public void ModelPhaseTable() => Check("model.md", "| # | phase | switch | what it does |", 0,
        Schedule.Phases.Select((p, i) => Row((i + 1).ToString(CultureInfo.InvariantCulture), $"`{p.Name}`", p.Switch is null ? "always" : $"`{p.Switch.Key}`", p.Summary)));

    [Test]
    public void ArchitecturePhaseList()
    {
        string path = Path.Combine(TestPaths.RepoRoot, "docs", "architecture.md");
        var lines = File.ReadAllLines(path).ToList();
        int first = lines.FindIndex(l => l == "1. `" + Schedule.Phases[0].Name + "`");
        Assert.That(first, Is.GreaterThanOrEqualTo(0), "docs/architecture.md lists the phases as '1. `name`'");
        int end = first;
        while (end < lines.Count && System.Text.RegularExpressions.Regex.IsMatch(lines[end], @"^\d+\. `")) end++;
        var rendered = Schedule.Phases.Select((p, i) => $"{i + 1}. `{p.Name}`").ToList();
        Replace(path, lines, first, end, rendered);
    }

    [Test]
    public void LeverTable() => Check("model.md", "| lever | unit | range | what it does | direct channel | sign | source |", 0,
        Levers.All.Select(l => Row($"`{l.Name}`", l.Unit, $"{Format(l.Min)}–{Format(l.Max)}", l.Doc, $"`{l.Channel}`", Sign(l.ChannelSign), l.Source)));

    /// <summary>Each lever's seed outcome with the verdict of its fact (id lever_NAME) in the committed scorecard, docs/validation.md.</summary>
    [Test]
    public void LeverSeedOutcomeTable()
    {
        var verdicts = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "docs", "validation.md"))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^\| lever_([a-z_]+) \|.*\| ([a-z ]+) \|$"))
            .Where(m => m.Success).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(m => m.Groups[2].Value).Distinct()));
        Check("model.md", "| lever | seed outcome | expected | why | verdict |", 0,
            Levers.All.Select(l => Row($"`{l.Name}`", $"`{l.SeedOutcome}`", Sign(l.SeedSign), l.SeedWhy, verdicts.GetValueOrDefault(l.Name, "not yet in the scorecard"))));
    }

    private static string Sign(int sign) => sign > 0 ? "+" : "−";

    [Test]
    public void IndicatorTable() => Check("outputs.md", "| column | unit | meaning |", 0,
        IndicatorCatalog.All.Select(d => Row($"`{d.Name}`", d.Unit, d.Doc)));

    [Test]
    public void ParkMeasureTable() => Check("outputs.md", "| column | unit | meaning |", 1,
        ParkIndicators.All.Select(m => Row($"`{m.Name}`", m.Unit, m.Doc)));

    [TestCase(FileKind.Scenario, 0)]
    [TestCase(FileKind.Comparison, 1)]
    [TestCase(FileKind.Sweep, 2)]
    public void ScenarioKeyTables(FileKind kind, int table) => Check("scenarios.md", "| key | type | unit | default | range | meaning | source |", table,
        ScenarioKeyReference.Keys(kind).Select(k => Row($"`{k.Path}`", k.Type, k.Unit, k.Default, k.Range, k.Doc, k.Source)));

    private static string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |";

    private static string Format(object? value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        null => "",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    /// <summary>The <paramref name="occurrence"/>-th table of <paramref name="doc"/> under <paramref name="header"/> must be <paramref name="rows"/>.</summary>
    private static void Check(string doc, string header, int occurrence, IEnumerable<string> rows)
    {
        string path = Path.Combine(TestPaths.RepoRoot, "docs", doc);
        var lines = File.ReadAllLines(path).ToList();
        int at = -1;
        for (int seen = -1; seen < occurrence;)
        {
            at = lines.FindIndex(at + 1, l => l == header);
            Assert.That(at, Is.GreaterThanOrEqualTo(0), $"docs/{doc} has table {occurrence} headed {header}");
            seen++;
        }
        int first = at + 2, end = first;
        while (end < lines.Count && lines[end].StartsWith('|')) end++;
        Replace(path, lines, first, end, rows.ToList());
    }

    private static void Replace(string path, List<string> lines, int first, int end, List<string> rendered)
    {
        var current = lines.GetRange(first, end - first);
        if (Writing && !current.SequenceEqual(rendered))
        {
            lines.RemoveRange(first, end - first);
            lines.InsertRange(first, rendered);
            File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
            return;
        }
        Assert.That(current, Is.EqualTo(rendered), $"{Path.GetFileName(path)}: regenerate with CLUSTERSIM_WRITE_DOCS=1");
    }
}
