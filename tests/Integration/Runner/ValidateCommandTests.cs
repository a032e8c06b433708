using System.Globalization;
using System.Text.RegularExpressions;
using ClusterSim.Runner;
using ClusterSim.Runner.Commands;
using ClusterSim.Runner.Validation;

namespace ClusterSim.Tests.Runner;

/// <summary>
/// <c>clustersim validate</c> on a tiny configuration (a 3,000-person region, two replications): its files, its
/// verdict columns, its report in Chromium, its exit codes; and on the library's own files, shrunk the same way.
/// </summary>
public class ValidateCommandTests
{
    /// <summary>The columns issue 17 specifies, written out here rather than taken from the writer.</summary>
    private const string SpecifiedColumns =
        "file,id,kind,title,region,form,conditions,statistic,unit,n,mean,sd,ci_lo,ci_hi,band_lo,band_hi,reference,expected,verdict,reason,source";

    private static readonly string[] Verdicts = ["pass", "miss", "by_construction", "not_posable"];

    private const string Region = """
        format_version: 1
        name: tiny
        run: {ticks: 60, seed: 3, burn_in_ticks: 12}
        population: {people: 3000}
        """;

    private const string Targets = """
        format_version: 1
        name: tiny_targets
        run: {replications: 2}
        targets:
          - {id: T1, title: births, statistic: {kind: birth_rate}, band: {low: 0, high: 1}, source: here, scenarios: [tiny.yaml]}
          - {id: T2, title: an impossible band, statistic: {kind: share_of_firms_below, employees: 10}, band: {low: 2}, source: here, scenarios: [tiny.yaml]}
          - {id: T3, title: sizes, statistic: {kind: size_tail_exponent}, band: {low: 0.9, high: 1.2}, source: here, scenarios: [tiny.yaml]}
          - {id: T4, title: survival, statistic: {kind: survival, months: 12}, band: {low: 0.75, high: 0.85}, source: here, scenarios: [tiny.yaml]}
          - {id: T5, title: sources, statistic: {kind: innovation_source_share, channels: [customer]}, band: {high: 1}, source: here, scenarios: [tiny.yaml]}
        """;

    private const string Facts = """
        format_version: 1
        name: tiny_facts
        run: {replications: 2}
        facts:
          - id: F1
            claim: entrepreneurship raises births
            seed: nowhere
            regions: [tiny.yaml]
            paired: {variant: {label: more entrepreneurship, set: [region.entrepreneurship=3]}, outcome: {kind: indicator_mean, indicators: [firm_births], window: whole_run}, expect: higher}
          - id: F2
            claim: customers beat universities
            seed: nowhere
            regions: [tiny.yaml]
            within_run: {higher: {kind: innovation_source_share, channels: [customer, supplier]}, lower: {kind: innovation_source_share, channels: [university]}}
            by_construction: {rule: engine/Mechanisms/Some/VeryLongFolderName/AndAnEvenLongerRuleFileNameThatMustWrapInsideItsColumn.cs, why: 'a test of the verdict whose reason is long enough to need wrapping in the scorecard''s last column, which a table without fixed column widths would let run off the page'}
          - id: F3
            claim: not here
            seed: nowhere
            regions: [tiny.yaml]
            not_posable: {missing: a mechanism}
        """;

    private static (int Code, string Log, string Dir) Validate(IReadOnlyList<string> files, string library, IReadOnlyList<string>? set = null, IReadOnlyList<string>? only = null,
        bool strict = false, int? replications = null)
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var log = new StringWriter();
        int code = ValidateCommand.Execute(new ValidateCommand.ValidateOptions(files, dir, 2, set ?? [], replications, only ?? [], strict, Quiet: true, LibraryPath: library),
            log, CancellationToken.None).GetAwaiter().GetResult();
        return (code, log.ToString(), dir);
    }

    private static readonly Lazy<(int Code, string Log, string Dir, string Library)> Tiny = new(() =>
    {
        // A long folder name makes the provenance's file paths long, as the library's are.
        string library = Path.Combine(TestPaths.TempDir(), "a-library-folder-with-a-long-name-so-that-every-path-in-the-provenance-table-is-long");
        Directory.CreateDirectory(library);
        File.WriteAllText(Path.Combine(library, "tiny.yaml"), Region);
        File.WriteAllText(Path.Combine(library, "targets.yaml"), Targets);
        File.WriteAllText(Path.Combine(library, "facts.yaml"), Facts);
        var (code, log, dir) = Validate([], library);
        return (code, log, dir, library);
    });

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        var header = ParseLine(reader.ReadLine()!);
        var rows = new List<Dictionary<string, string>>();
        while (reader.ReadLine() is { } line) rows.Add(header.Zip(ParseLine(line)).ToDictionary(p => p.First, p => p.Second));
        return rows;
    }

    private static List<string> ParseLine(string line) =>
        Regex.Matches(line, "(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)").Select(m => m.Groups[1].Value is var v && v.StartsWith('"') ? v[1..^1].Replace("\"\"", "\"") : m.Groups[1].Value).ToList();

    private static double D(string s) => s.Length == 0 ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);

    [Test]
    public void ItWritesTheScorecardWithEveryVerdictAndExitsZeroWhateverTheVerdicts()
    {
        var (code, log, dir, _) = Tiny.Value;
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), log);
        Assert.That(File.ReadLines(Path.Combine(dir, "validation.csv")).First(), Is.EqualTo(SpecifiedColumns));
        foreach (var file in new[] { "validation.parquet", "validation.html", "manifest.json" })
            Assert.That(File.Exists(Path.Combine(dir, file)), file);
        var rows = ReadCsv(Path.Combine(dir, "validation.csv"));
        Assert.That(rows.Select(r => r["id"]), Is.EqualTo(new[] { "F1", "F2", "F3", "T1", "T2", "T3", "T4", "T5" }), "files in name order, entries in file order");
        Assert.That(rows.Select(r => r["verdict"]), Is.All.AnyOf(Verdicts));
        var by = rows.ToDictionary(r => r["id"]);
        Assert.That(by["T1"]["verdict"], Is.EqualTo("pass"));
        Assert.That(by["T2"]["verdict"], Is.EqualTo("miss"));
        Assert.That(by["T2"]["reason"], Does.Contain("below the band's 2"));
        Assert.That(by["F1"]["verdict"], Is.EqualTo("pass"), "tripling entrepreneurship raises births in every pair");
        Assert.That(by["F2"]["verdict"], Is.EqualTo("by_construction"));
        Assert.That(by["F3"]["verdict"], Is.EqualTo("not_posable"));
        Assert.That(by["F3"]["reason"], Is.EqualTo("missing mechanism: a mechanism"));
        foreach (var r in rows.Where(r => r["verdict"] is "pass" or "miss" && r["n"] != "0"))
        {
            Assert.That(int.Parse(r["n"], CultureInfo.InvariantCulture), Is.EqualTo(2), r["id"]);
            Assert.That(D(r["ci_lo"]), Is.LessThanOrEqualTo(D(r["mean"])).And.LessThanOrEqualTo(D(r["ci_hi"])), r["id"]);
        }
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json"))).RootElement;
        foreach (var verdict in Verdicts)
            Assert.That(manifest.GetProperty("verdicts").GetProperty(verdict).GetInt32(), Is.EqualTo(rows.Count(r => r["verdict"] == verdict)), verdict);
        Assert.That(manifest.GetProperty("runs").GetArrayLength(), Is.EqualTo(2), "the region and the one variant, each run once for every check");
    }

    [Test]
    public void TheReportRendersAndFitsThePage()
    {
        var (_, _, dir, _) = Tiny.Value;
        string html = Path.Combine(dir, "validation.html"), page = File.ReadAllText(html);
        Assert.That(page[(page.IndexOf("</h1>", StringComparison.Ordinal) + 5)..], Does.Contain("<p class=\"bottom-line\">"));
        Assert.That(Regex.Matches(page, "<svg").Count, Is.GreaterThanOrEqualTo(4), "the size CCDF, survival, shares against bands, sources and the facts");
        Assert.That(Chromium.ScrollWidth(html, 1280, 800), Is.LessThanOrEqualTo(1280), "nothing to scroll sideways for");
        using var shot = Chromium.Screenshot(html, 1280, 3000);
        Assert.That(Chromium.ColouredPixels(shot), Is.GreaterThan(1000), "the plots are drawn");
    }

    [Test]
    public void StrictExitsOneOnAMissAndBadInputExitsTwoWithItsLine()
    {
        var (_, _, _, library) = Tiny.Value;
        var strict = Validate([Path.Combine(library, "targets.yaml")], library, only: ["T2"], strict: true);
        Assert.That(strict.Code, Is.EqualTo(ExitCodes.Failure), strict.Log);
        string bad = Path.Combine(library, "bad", "targets.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(bad)!);
        File.WriteAllText(bad, Targets.Replace("kind: birth_rate", "kind: birth_rates"));
        var refused = Validate([bad], library);
        Assert.That(refused.Code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(refused.Log, Does.Contain("targets.yaml:5:47: error: targets[0].statistic.kind: 'birth_rates' is not one of"));
        Assert.That(Directory.Exists(refused.Dir), Is.False, "nothing written");
    }

    [Test]
    public void AFactsPairedDifferenceIsComparesOnTheSamePair()
    {
        // The soft_landing pair's fact (exports share in the final year), shrunk as compare is shrunk here.
        string[] set = ["population.people=30000", "population.people=3000"];
        var fact = Validate([TestPaths.Scenario("validation/facts/pair_soft_landing.yaml")], TestPaths.Scenario(""), set, replications: 3);
        Assert.That(fact.Code, Is.EqualTo(ExitCodes.Ok), fact.Log);
        var row = ReadCsv(Path.Combine(fact.Dir, "validation.csv")).Single();

        string dir = Path.Combine(TestPaths.TempDir(), "compare");
        int code = CompareCommand.Execute(new CompareCommand.CompareOptions(
            [TestPaths.Scenario("interventions/soft_landing.base.yaml"), TestPaths.Scenario("interventions/soft_landing.yaml")], dir, 2,
            new ClusterSim.Loader.ScenarioOverrides(set), 3, Plots: false, Quiet: true), TextWriter.Null, CancellationToken.None).GetAwaiter().GetResult();
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        var compared = ReadCsv(Path.Combine(dir, "comparison.csv")).Single(r => r["indicator"] == "exports_share" && r["time_window"] == "final_year");
        Assert.That((D(row["mean"]), D(row["ci_lo"]), D(row["ci_hi"])), Is.EqualTo((D(compared["diff_mean"]), D(compared["diff_lo"]), D(compared["diff_hi"]))));
        Assert.That(row["n"], Is.EqualTo(compared["n"]));
    }

    [Test]
    public void TheLibrarysFilesRunOnASmallRegion()
    {
        // Targets and facts of the library's own files, at 3,000 people and two replications: every verdict column filled.
        string[] ids = ["E2", "E4", "E8", "SF1", "SF16", "SF28", "SF31", "training_levy", "lever_rd_subsidy"];
        var (code, log, dir) = Validate([], TestPaths.Scenario(""), ["population.people=3000"], ids, replications: 2);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), log);
        var rows = ReadCsv(Path.Combine(dir, "validation.csv"));
        Assert.That(rows.Select(r => r["id"].Split('/')[0]).Distinct(), Is.EquivalentTo(ids));
        Assert.That(rows.Select(r => r["verdict"]), Is.All.AnyOf(Verdicts));
        Assert.That(rows.Where(r => r["id"] == "SF1").Select(r => r["region"]).ToList(), Has.Count.EqualTo(12), "SF1 in the baseline and every European archetype");
        Assert.That(rows.Single(r => r["id"] == "SF31")["verdict"], Is.EqualTo("not_posable"));
        // SF16 became posable with the market events (issue 18): its three parts run on the Kazakhstan region.
        var sf16 = rows.Where(r => r["id"].StartsWith("SF16/", StringComparison.Ordinal)).ToList();
        Assert.That(sf16, Has.Count.EqualTo(3));
        Assert.That(sf16.Select(r => r["verdict"]), Is.All.AnyOf("pass", "miss"));
    }
}
