using System.Globalization;

namespace ClusterSim.Tests.Runner;

/// <summary>
/// clustersim analyse on real sweeps (issue 21): a switched-off mechanism's parameter gets indices indistinguishable
/// from zero, shards merged analyse as the whole sweep does, variants get their robustness tables, sweep.html renders,
/// and a folder that cannot be analysed is refused in one line.
/// </summary>
public class AnalyseCommandTests
{
    private static readonly string[] Small = ["--set", "population.people=3000", "--set", "run.ticks=36", "--set", "run.burn_in_ticks=12", "--quiet"];

    private static string SweepFile(string body, string? dir = null)
    {
        string path = Path.Combine(dir ?? TestPaths.TempDir(), "sweep.yaml");
        File.WriteAllText(path, $"format_version: 1\nname: analyse_test\nsweep:\n  scenario: {TestPaths.Scenario("baseline.yaml")}\n{body}");
        return path;
    }

    // Spin-offs are switched off, so the university spin-off rate is read by nothing; the two others act.
    private const string Screening = """
          replications: 1
          design: morris
          trajectories: 4
          parameters:
            - {key: parameters.spinoffs.university_rate_per_month, low: 0.0005, high: 0.005}
            - {key: parameters.exit.base_hazard_per_month, low: 0.001, high: 0.006}
            - {key: region.entrepreneurship, low: 0.5, high: 1.5}
          outputs:
            - {name: firms, statistic: {kind: indicator_mean, indicators: [firms_alive]}}
            - {name: employment, statistic: {kind: indicator_mean, indicators: [employment]}}

        """;

    private static string[] Off => [.. Small, "--set", "mechanisms.spinoffs=false"];

    private static Dictionary<(string Output, string Index, string Parameter), (double Estimate, double Low, double High)> Indices(string folder)
    {
        var rows = File.ReadAllLines(Path.Combine(folder, "sensitivity.csv")).Select(l => l.Split(',')).ToArray();
        var h = rows[0].ToList();
        double N(string s) => s.Length == 0 ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);
        return rows.Skip(1).ToDictionary(c => (c[h.IndexOf("output")], c[h.IndexOf("index")], c[h.IndexOf("parameter")]),
            c => (N(c[h.IndexOf("estimate")]), N(c[h.IndexOf("low")]), N(c[h.IndexOf("high")])));
    }

    [Test]
    public void ASwitchedOffMechanismsParameterHasIndicesIndistinguishableFromZero()
    {
        string file = SweepFile(Screening), folder = Path.Combine(TestPaths.TempDir(), "screening");
        var (code, _, stderr) = TestPaths.RunProcess(["sweep", file, "--out", folder, .. Off]);
        Assert.That(code, Is.EqualTo(0), stderr);
        var indices = Indices(folder);
        foreach (string output in new[] { "firms", "employment" })
        {
            var off = indices[(output, "mu_star", "parameters.spinoffs.university_rate_per_month")];
            Assert.That(off.High, Is.EqualTo(0), $"{output}: the spin-off rate's μ* interval is [0, 0] when spin-offs are off");
            var acting = indices[(output, "mu_star", "region.entrepreneurship")];
            Assert.That(acting.Low, Is.GreaterThan(0), $"{output}: entrepreneurship, which acts, is told apart from zero");
        }

        // With spin-offs on, the same parameter acts: the zero above is the switch, not an analysis that sees nothing.
        string on = Path.Combine(TestPaths.TempDir(), "on");
        Assert.That(TestPaths.RunProcess(["sweep", file, "--out", on, .. Small]).Code, Is.EqualTo(0));
        Assert.That(Indices(on)[("firms", "mu_star", "parameters.spinoffs.university_rate_per_month")].Estimate, Is.GreaterThan(0));
    }

    [Test]
    public void MergedShardsAnalyseAsTheWholeSweepAndAnalyseRedoesTheSame()
    {
        string file = SweepFile(Screening), whole = Path.Combine(TestPaths.TempDir(), "whole");
        Assert.That(TestPaths.RunProcess(["sweep", file, "--out", whole, .. Off]).Code, Is.EqualTo(0));
        string a = Path.Combine(TestPaths.TempDir(), "a"), b = Path.Combine(TestPaths.TempDir(), "b"), merged = Path.Combine(TestPaths.TempDir(), "merged");
        Assert.That(TestPaths.RunProcess(["sweep", file, "--shard", "0/2", "--out", a, .. Off]).Code, Is.EqualTo(0));
        Assert.That(File.Exists(Path.Combine(a, "sensitivity.csv")), Is.False, "a shard alone is not analysed");
        Assert.That(TestPaths.RunProcess(["sweep", file, "--shard", "1/2", "--out", b, .. Off]).Code, Is.EqualTo(0));
        Assert.That(TestPaths.RunProcess(["merge", a, b, "--out", merged, "--quiet"]).Code, Is.EqualTo(0));
        Assert.That(File.ReadAllText(Path.Combine(merged, "sensitivity.csv")), Is.EqualTo(File.ReadAllText(Path.Combine(whole, "sensitivity.csv"))));

        string before = File.ReadAllText(Path.Combine(whole, "sensitivity.csv"));
        File.Delete(Path.Combine(whole, "sensitivity.csv"));
        var (code, stdout, stderr) = TestPaths.RunProcess(["analyse", whole]);
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Is.Empty, "stdout carries only requested data");
        Assert.That(File.ReadAllText(Path.Combine(whole, "sensitivity.csv")), Is.EqualTo(before));
        foreach (string name in new[] { "salib/problem.json", "salib/X.txt", "salib/Y.txt", "sweep.html", "sensitivity.parquet" })
            Assert.That(File.Exists(Path.Combine(whole, name)), Is.True, name);
    }

    [Test]
    public void VariantsGetTheirDifferencesAndRobustnessAndTheReportRenders()
    {
        string dir = TestPaths.TempDir();
        File.WriteAllText(Path.Combine(dir, "subsidy.yaml"), $"extends: {TestPaths.Scenario("baseline.yaml")}\nname: subsidy\npolicies:\n  rd_subsidy: {{value: 0.5, from: 12}}\n");
        string file = SweepFile("""
              variants: [subsidy.yaml]
              replications: 3
              design: lhs
              samples: 4
              parameters:
                - {key: region.entrepreneurship, low: 0.5, high: 1.5}
                - {key: parameters.knowledge.rd_subsidy_elasticity, low: 0.75, high: 2.25}
              outputs:
                - {name: value_added, statistic: {kind: indicator_mean, indicators: [value_added]}}
                - {name: spend, better: lower, statistic: {kind: indicator_total, indicators: [public_spend_total], window: whole_run}}

            """, dir);
        string folder = Path.Combine(dir, "out");
        var (code, _, stderr) = TestPaths.RunProcess(["sweep", file, "--out", folder, .. Small]);
        Assert.That(code, Is.EqualTo(0), stderr);
        var differences = File.ReadAllLines(Path.Combine(folder, "differences.csv"));
        Assert.That(differences, Has.Length.EqualTo(1 + 4 * 2), "a row per point and output");
        var robustness = File.ReadAllLines(Path.Combine(folder, "robustness.csv")).Select(l => l.Split(',')).ToArray();
        var h = robustness[0].ToList();
        var spend = robustness.Single(r => r[h.IndexOf("variant")] == "subsidy.yaml" && r[h.IndexOf("output")] == "spend");
        Assert.That(double.Parse(spend[h.IndexOf("better_share")], CultureInfo.InvariantCulture), Is.EqualTo(0), "a subsidy never spends less than none");
        Assert.That(double.Parse(spend[h.IndexOf("clearly_worse_share")], CultureInfo.InvariantCulture), Is.EqualTo(1));
        var baseSpend = robustness.Single(r => r[h.IndexOf("variant")] == "base" && r[h.IndexOf("output")] == "spend");
        Assert.That(double.Parse(baseSpend[h.IndexOf("max_regret")], CultureInfo.InvariantCulture), Is.EqualTo(0), "on spending, doing nothing is always best");

        string html = Path.Combine(folder, "sweep.html");
        Assert.That(File.ReadAllText(html), Does.Contain("rest on assumed parameters"));
        using var image = Chromium.Screenshot(html);
        Assert.That(Chromium.ColouredPixels(image), Is.GreaterThan(800), "the difference plots' points are drawn");
        Assert.That(Chromium.ScrollWidth(html, 1200, 2000), Is.LessThanOrEqualTo(1200), "nothing runs off the page");
    }

    [Test]
    public void TheMorrisReportRendersItsChartsAndRankedTables()
    {
        string file = SweepFile(Screening), folder = Path.Combine(TestPaths.TempDir(), "screening");
        Assert.That(TestPaths.RunProcess(["sweep", file, "--out", folder, .. Small]).Code, Is.EqualTo(0));
        string html = Path.Combine(folder, "sweep.html");
        string text = File.ReadAllText(html);
        Assert.That(text, Does.Contain("Which parameters matter"));
        Assert.That(text.Split("<svg").Length - 1, Is.EqualTo(2), "a μ*–σ chart per output");
        using var image = Chromium.Screenshot(html);
        Assert.That(Chromium.ColouredPixels(image), Is.GreaterThan(500), "the charts' points are drawn");
    }

    [Test]
    public void TheSobolReportRendersItsIndicesAndSecondOrderTable()
    {
        string file = SweepFile("""
              replications: 2
              design: sobol
              samples: 4
              second_order: true
              parameters:
                - {key: parameters.exit.base_hazard_per_month, low: 0.001, high: 0.006}
                - {key: region.entrepreneurship, low: 0.5, high: 1.5}
              outputs:
                - {name: firms, statistic: {kind: indicator_mean, indicators: [firms_alive]}}

            """);
        string folder = Path.Combine(TestPaths.TempDir(), "sobol");
        var (code, _, stderr) = TestPaths.RunProcess(["sweep", file, "--out", folder, .. Small]);
        Assert.That(code, Is.EqualTo(0), stderr);
        var indices = File.ReadAllLines(Path.Combine(folder, "sensitivity.csv"));
        Assert.That(indices.Count(l => l.Contains(",sobol,s1,")), Is.EqualTo(2));
        Assert.That(indices.Count(l => l.Contains(",sobol,s2,")), Is.EqualTo(1), "one pair");
        Assert.That(indices.Count(l => l.Contains(",sobol,noise_share,")), Is.EqualTo(1), "two replications give the noise's share");
        string html = Path.Combine(folder, "sweep.html");
        Assert.That(File.ReadAllText(html), Does.Contain("Second order S2").And.Contain("Replication noise alone makes"));
        using var image = Chromium.Screenshot(html);
        Assert.That(Chromium.ColouredPixels(image), Is.GreaterThan(2_000), "the S1 and ST dots and intervals are drawn");
    }

    [Test]
    public void AFolderThatCannotBeAnalysedIsRefusedInOneLine()
    {
        string empty = TestPaths.TempDir();
        var (code, _, stderr) = TestPaths.RunProcess(["analyse", empty]);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.Contain("not a finished sweep folder"));

        string file = SweepFile(Screening), folder = Path.Combine(TestPaths.TempDir(), "screening");
        Assert.That(TestPaths.RunProcess(["sweep", file, "--out", folder, .. Off]).Code, Is.EqualTo(0));
        string gutted = TestPaths.TempDir();
        File.Copy(Path.Combine(folder, "manifest.json"), Path.Combine(gutted, "manifest.json"));
        (code, _, stderr) = TestPaths.RunProcess(["analyse", gutted]);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("no results.csv"));
        File.WriteAllText(file, File.ReadAllText(file).Replace("trajectories: 4", "trajectories: 5"));
        (code, _, stderr) = TestPaths.RunProcess(["analyse", folder]);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("fingerprint").And.Contain(file));
    }
}
