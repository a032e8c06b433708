using System.Globalization;
using System.Text.Json;
using ClusterSim.Loader;
using ClusterSim.Runner;
using ClusterSim.Runner.Commands;
using ClusterSim.Runner.Comparison;
using ClusterSim.Tests.Scenarios;

namespace ClusterSim.Tests.Runner;

/// <summary>
/// <c>clustersim compare</c> on every intervention pair of the library (shrunk to 20k people and four years so
/// the suite stays quick; docs/outputs.md gives the full-size figures), and its contracts.
/// </summary>
public class CompareCommandTests
{
    /// <summary>The columns issue 7 specifies, written out here rather than taken from the writer.</summary>
    private const string SpecifiedColumns =
        "base,variant,indicator,unit,time_window,n,base_mean,base_lo,base_hi,variant_mean,variant_lo,variant_hi," +
        "diff_mean,diff_lo,diff_hi,effect_size_dz,sign_agreement,var_paired,var_unpaired,spend_diff,cost_effectiveness,interval_method,cost_per_unit,cost_per_unit_lo,cost_per_unit_hi";

    private static readonly string[] Small = ["--replications", "4", "--ticks", "48", "--set", "population.people=20000", "--quiet"];

    public static IEnumerable<string> Pairs() =>
        LibraryScenarioTests.InterventionVariants().Select(f => Path.GetFileNameWithoutExtension(f));

    private static (int Code, string Log, string Dir) Compare(IEnumerable<string> files, IEnumerable<string> options)
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var args = options.ToList();
        var overrides = new List<string>();
        for (int i = 0; i < args.Count; i++) if (args[i] == "--set") overrides.Add(args[i + 1]);
        int? Value(string name) => args.IndexOf(name) is int at && at >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
        var log = new StringWriter();
        int code = CompareCommand.Execute(new CompareCommand.CompareOptions(files.ToList(), dir, 2, new ScenarioOverrides(overrides, Ticks: Value("--ticks")), Value("--replications"), Quiet: true),
            log, CancellationToken.None).GetAwaiter().GetResult();
        return (code, log.ToString(), dir);
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static double D(string s) => s.Length == 0 ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);

    [TestCaseSource(nameof(Pairs))]
    public void InterventionPairGivesPairedIntervalsAndTighterPairedVariance(string id)
    {
        var (code, log, dir) = Compare([TestPaths.Scenario($"interventions/{id}.base.yaml"), TestPaths.Scenario($"interventions/{id}.yaml")], Small);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), log);

        Assert.That(File.ReadLines(Path.Combine(dir, "comparison.csv")).First(), Is.EqualTo(SpecifiedColumns));
        var rows = ReadCsv(Path.Combine(dir, "comparison.csv"));
        var baseScenario = ScenarioLoader.Load(TestPaths.Scenario($"interventions/{id}.base.yaml")).Scenario;
        var indicators = ComparisonPlan.Headline.Concat(baseScenario.Outputs.Plots).Distinct().ToList();
        Assert.That(rows.Select(r => (r["indicator"], r["time_window"])),
            Is.EqualTo(indicators.SelectMany(i => new[] { (i, "final_year"), (i, "whole_run") })), "one row per indicator and window");
        foreach (var r in rows)
        {
            string where = $"{r["indicator"]} {r["time_window"]}";
            Assert.That(r["n"], Is.EqualTo("4"), where);
            Assert.That(D(r["diff_lo"]), Is.LessThanOrEqualTo(D(r["diff_mean"])), where);
            Assert.That(D(r["diff_mean"]), Is.LessThanOrEqualTo(D(r["diff_hi"])), where);
            Assert.That(D(r["base_lo"]), Is.LessThanOrEqualTo(D(r["base_mean"])), where);
            Assert.That(D(r["variant_mean"]), Is.LessThanOrEqualTo(D(r["variant_hi"])), where);
            Assert.That(D(r["diff_mean"]), Is.EqualTo(D(r["variant_mean"]) - D(r["base_mean"])).Within(1e-9 * (1 + Math.Abs(D(r["base_mean"])))), where);
        }
        foreach (var r in rows.Where(r => ComparisonPlan.Headline.Contains(r["indicator"])))
            Assert.That(D(r["var_paired"]), Is.LessThan(D(r["var_unpaired"])), $"common random numbers pair {r["indicator"]} ({r["time_window"]})");

        DuckDb.AssertSameTable(Path.Combine(dir, "comparison.csv"), Path.Combine(dir, "comparison.parquet"));
        var ticks = ReadCsv(Path.Combine(dir, "comparison_ticks.csv"));
        Assert.That(ticks, Has.Count.EqualTo(indicators.Count * 24), "each indicator at each of the 24 written ticks");
        using (var screenshot = Chromium.Screenshot(Path.Combine(dir, "report.html")))
            Assert.That(Chromium.ColouredPixels(screenshot), Is.GreaterThan(100_000), "the browser renders the report's plots");
        foreach (string indicator in indicators)
        {
            Assert.That(File.Exists(Path.Combine(dir, "plots", indicator + ".png")), Is.True, indicator);
            Assert.That(File.Exists(Path.Combine(dir, "plots", indicator + "_difference.svg")), Is.True, indicator);
        }
    }

    [Test]
    public void IdenticalScenariosDifferByExactlyNothing()
    {
        // The same scenario under two names: with common random numbers every replication pair is identical.
        string folder = TestPaths.TempDir();
        string a = Path.Combine(folder, "a.yaml"), b = Path.Combine(folder, "b.yaml");
        File.WriteAllText(a, $"extends: {TestPaths.Scenario("baseline.yaml")}\nname: a\n");
        File.WriteAllText(b, $"extends: {TestPaths.Scenario("baseline.yaml")}\nname: b\n");
        var (code, log, dir) = Compare([a, b], ["--replications", "3", "--ticks", "8", "--set", "population.people=5000", "--set", "run.burn_in_ticks=0"]);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), log);
        foreach (var r in ReadCsv(Path.Combine(dir, "comparison.csv")))
        {
            Assert.That((D(r["diff_mean"]), D(r["diff_lo"]), D(r["diff_hi"]), D(r["var_paired"])), Is.EqualTo((0.0, 0.0, 0.0, 0.0)), r["indicator"]);
            Assert.That(r["effect_size_dz"], Is.Empty, "no effect size without variation");
        }
        Assert.That(File.ReadAllBytes(Path.Combine(dir, "scenarios", "a", "indicators.parquet")), Has.Length.GreaterThan(0));
        var aRows = File.ReadAllLines(Path.Combine(dir, "scenarios", "a", "indicators.csv")).Skip(1).Select(l => l[l.IndexOf(',')..]);
        var bRows = File.ReadAllLines(Path.Combine(dir, "scenarios", "b", "indicators.csv")).Skip(1).Select(l => l[l.IndexOf(',')..]);
        Assert.That(bRows, Is.EqualTo(aRows), "replication r of both ran on the same seed");
    }

    [Test]
    public void DifferentRegionsAreRefusedNamingTheKeysAndWritingNothing()
    {
        string folder = TestPaths.TempDir();
        string a = Path.Combine(folder, "a.yaml"), b = Path.Combine(folder, "b.yaml");
        File.WriteAllText(a, $"extends: {TestPaths.Scenario("baseline.yaml")}\nname: a\n");
        File.WriteAllText(b, "extends: a.yaml\nname: b\nregion:\n  localities: 3\npopulation:\n  people: 6000\n");
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var r = TestPaths.RunProcess(["compare", a, b, "--out", dir, "--replications", "2"]);
        Assert.That(r.Code, Is.EqualTo(ExitCodes.BadInput), r.Stderr);
        Assert.That(r.Stderr, Does.Contain($"{b}:4:15: error: region.localities:"));
        Assert.That(r.Stderr, Does.Contain("population.people"));
        Assert.That(r.Stderr, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(Directory.Exists(dir), Is.False, "nothing written");
    }

    [Test]
    public void SpendingComparedAsAnIndicatorIsReportedOnceAndGivesItsOwnSpendDiff()
    {
        var (code, log, dir) = Compare([TestPaths.Scenario("interventions/incubator_seed_fund.base.yaml"), TestPaths.Scenario("interventions/incubator_seed_fund.yaml")],
            ["--replications", "2", "--ticks", "36", "--set", "population.people=10000", "--set", "outputs.plots=[public_spend_total]"]);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), log);
        var rows = ReadCsv(Path.Combine(dir, "comparison.csv")).Where(r => r["indicator"] == "public_spend_total").ToList();
        Assert.That(rows.Select(r => r["time_window"]), Is.EqualTo(new[] { "final_year", "whole_run" }), "one row per window, not two");
        foreach (var r in rows) Assert.That(D(r["spend_diff"]), Is.EqualTo(D(r["diff_mean"])).Within(1e-9), "spending's difference is the spend difference");
        Assert.That(rows[0]["cost_effectiveness"], Is.EqualTo("1"));
        var ticks = File.ReadLines(Path.Combine(dir, "comparison_ticks.csv")).Skip(1).Where(l => l.Contains(",public_spend_total,", StringComparison.Ordinal)).ToList();
        Assert.That(ticks, Has.Count.EqualTo(12), "each written tick once");
    }

    [Test]
    public void AnOccupiedOutFolderIsKeptWithoutForce()
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");
        var r = TestPaths.RunProcess(["compare", TestPaths.Scenario("interventions/procurement.base.yaml"), TestPaths.Scenario("interventions/procurement.yaml"),
            "--out", dir, "--replications", "2", "--ticks", "3", "--set", "population.people=2000"]);
        Assert.That(r.Code, Is.EqualTo(ExitCodes.BadInput), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("--force"));
        Assert.That(Directory.GetFileSystemEntries(dir), Is.EqualTo(new[] { Path.Combine(dir, "notes.txt") }));
        Assert.That(r.Stdout, Is.Empty);
    }

    [Test]
    public void OneReplicationIsRefused()
    {
        var (code, log, dir) = Compare([TestPaths.Scenario("interventions/procurement.base.yaml"), TestPaths.Scenario("interventions/procurement.yaml")], ["--replications", "1"]);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(log, Does.Contain("at least 2 replications"));
        Assert.That(Directory.Exists(dir), Is.False);
    }

    [Test]
    public void ComparisonFileRunsItsScenariosIndicatorsAndWindows()
    {
        var (code, log, dir) = Compare([TestPaths.Scenario("examples/compare_liaison.yaml")], ["--replications", "2", "--ticks", "30", "--set", "population.people=10000"]);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), log);
        var rows = ReadCsv(Path.Combine(dir, "comparison.csv"));
        Assert.That(rows.Select(r => r["indicator"]).Distinct(), Is.EqualTo(new[] { "innovations_from_university", "ties_institution", "ties_collaboration", "knowledge_mean" }));
        Assert.That(rows.Select(r => r["n"]).Distinct(), Is.EqualTo(new[] { "2" }), "--replications overrides compare.replications");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        Assert.That(manifest.RootElement.GetProperty("comparison").GetString(), Is.EqualTo("compare_liaison"));
        Assert.That(manifest.RootElement.GetProperty("seeds").GetArrayLength(), Is.EqualTo(2));
        Assert.That(manifest.RootElement.GetProperty("files").GetArrayLength(), Is.GreaterThanOrEqualTo(3), "the comparison file and the extends chains");
    }

    [Test]
    public void BreakdownsAreComparedPerGroup()
    {
        string folder = TestPaths.TempDir();
        string a = Path.Combine(folder, "a.yaml"), b = Path.Combine(folder, "b.yaml");
        File.WriteAllText(a, $"extends: {TestPaths.Scenario("interventions/incubator_seed_fund.base.yaml")}\nname: a\noutputs:\n  breakdowns: [kind, park]\n");
        File.WriteAllText(b, $"extends: {TestPaths.Scenario("interventions/incubator_seed_fund.yaml")}\nname: b\noutputs:\n  breakdowns: [kind, park]\n");
        var (code, log, dir) = Compare([a, b], ["--replications", "2", "--ticks", "30", "--set", "population.people=10000"]);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), log);
        string csv = Path.Combine(dir, "comparison_breakdowns.csv");
        Assert.That(File.ReadLines(csv).First(), Is.EqualTo("base,variant,breakdown,group_name," + SpecifiedColumns[("base,variant,".Length)..]));
        var rows = ReadCsv(csv);
        Assert.That(rows.Select(r => r["breakdown"]).Distinct(), Is.EqualTo(new[] { "kind", "park" }));
        Assert.That(rows.Where(r => r["breakdown"] == "kind").Select(r => r["group_name"]).Distinct(), Is.EqualTo(new[] { "sme", "ntbf", "large", "tnc_affiliate" }));
        Assert.That(rows.Where(r => r["breakdown"] == "park").Select(r => r["group_name"]).First(), Is.EqualTo("none"));
        Assert.That(rows.Select(r => r["indicator"]).Distinct(), Does.Contain("firm_employment").And.Not.Contain("employment"),
            "the headline employment is compared per group in its per-group form, firm employees");
        DuckDb.AssertSameTable(csv, Path.Combine(dir, "comparison_breakdowns.parquet"));
        Assert.That(File.Exists(Path.Combine(dir, "scenarios", "a", "breakdowns.csv")), Is.True);
        Assert.That(File.ReadAllText(Path.Combine(dir, "report.html")), Does.Contain("<h2>By group</h2>").And.Contain("tnc_affiliate")
            .And.Not.Contain(".tmp-"), "the report never names the staging folder it was written in");
    }
}
