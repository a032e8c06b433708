using System.Diagnostics;
using System.Globalization;

namespace ClusterSim.Tests.Runner;

/// <summary>
/// clustersim sweep and merge as a researcher uses them (issue 20's bars): a grid's runs appear once each with id, seed
/// and parameters; a point at the base's values reproduces clustersim run; two shards merged equal the unsharded
/// sweep; a kill -9 at several instants followed by a restart gives the uninterrupted result.
/// </summary>
public class SweepCommandTests
{
    private static readonly string[] Shrunk = ["--set", "population.people=3000", "--set", "run.ticks=24", "--set", "run.burn_in_ticks=0"];
    private static readonly string[] Small = [.. Shrunk, "--quiet"];

    private static string SweepFile(string body)
    {
        string path = Path.Combine(TestPaths.TempDir(), "sweep.yaml");
        File.WriteAllText(path, $"format_version: 1\nname: test_sweep\nsweep:\n  scenario: {TestPaths.Scenario("baseline.yaml")}\n{body}");
        return path;
    }

    private const string Grid = """
          replications: 2
          design: grid
          parameters:
            - {key: region.entrepreneurship, values: [0.75, 1.25]}
            - {key: policies.rd_subsidy.value, values: [0, 0.5]}
          outputs:
            - {name: firms, statistic: {kind: indicator_mean, indicators: [firms_alive]}}
            - {name: founded, statistic: {kind: indicator_total, indicators: [firm_births], window: whole_run}}

        """;

    private static string[][] Rows(string csv) => File.ReadAllLines(csv).Select(l => l.Split(',')).ToArray();

    /// <summary>Starts <c>clustersim sweep FILE --out OUTPUT</c> at 3,000 people and 24 months, with progress, and returns at once.</summary>
    private static Process StartSweep(string file, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string arg in (string[])[TestPaths.RunnerDll, "sweep", file, "--out", output, .. Shrunk]) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    [Test]
    public void AGridsEightRunsAppearOnceEachWithIdSeedAndParameters()
    {
        string file = SweepFile(Grid), output = Path.Combine(TestPaths.TempDir(), "out");
        var (code, stdout, stderr) = TestPaths.RunProcess(["sweep", file, "--out", output, .. Small]);
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Is.Empty, "stdout carries only requested data");

        var rows = Rows(Path.Combine(output, "results.csv"));
        var header = rows[0].ToList();
        Assert.That(header.Take(4), Is.EqualTo(new[] { "scenario", "replication", "run_id", "run" }));
        var body = rows[1..];
        Assert.That(body, Has.Length.EqualTo(8));
        string Cell(string[] row, string column) => row[header.IndexOf(column)];
        Assert.That(body.Select(r => Cell(r, "run_id")).Distinct().Count(), Is.EqualTo(8), "every run once");
        var points = body.Select(r => (Cell(r, "region_entrepreneurship"), Cell(r, "policies_rd_subsidy_value"), Cell(r, "replication"))).ToList();
        Assert.That(points.Distinct().Count(), Is.EqualTo(8), "every combination and replication once");
        Assert.That(points.Select(p => p.Item1).Distinct().Order(), Is.EqualTo(new[] { "0.75", "1.25" }));
        foreach (var row in body)
            Assert.That(Cell(row, "seed"), Is.EqualTo((42 + int.Parse(Cell(row, "replication"), CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture)),
                "common seeds: the base's run.seed + replication");
        Assert.That(body.All(r => double.Parse(Cell(r, "founded"), CultureInfo.InvariantCulture) > 0));
        Assert.That(File.Exists(Path.Combine(output, "results.parquet")) && File.Exists(Path.Combine(output, "manifest.json")));
        Assert.That(Directory.Exists(Path.Combine(output, "parts")), Is.False, "the parts are gone once the tables hold them");

        // A run redone alone gives the same row.
        string id = Cell(body[5], "run_id");
        var only = TestPaths.RunProcess(["sweep", file, "--only", id, .. Small]);
        Assert.That(only.Code, Is.EqualTo(0), only.Stderr);
        Assert.That(only.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1], Is.EqualTo(string.Join(',', body[5])));
    }

    [Test]
    public void APointAtTheBasesValuesGivesTheIndicatorsOfRun()
    {
        string file = SweepFile("""
              replications: 2
              parameters:
                - {key: region.entrepreneurship, values: [1]}
              series: [firms_alive, employment, value_added]

            """);
        string swept = Path.Combine(TestPaths.TempDir(), "swept"), ran = Path.Combine(TestPaths.TempDir(), "ran");
        var sweep = TestPaths.RunProcess(["sweep", file, "--out", swept, .. Small]);
        Assert.That(sweep.Code, Is.EqualTo(0), sweep.Stderr);
        var run = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", ran, "--replications", "2", "--no-plots", .. Small]);
        Assert.That(run.Code, Is.EqualTo(0), run.Stderr);

        var indicators = Rows(Path.Combine(ran, "indicators.csv"));
        var columns = indicators[0].ToList();
        var series = Rows(Path.Combine(swept, "series.csv"))[1..];
        Assert.That(series, Has.Length.EqualTo(2 * 24 * 3));
        foreach (var s in series)
        {
            // scenario, replication, tick, date, run_id, run, indicator, value
            var row = indicators.Single(r => r[1] == s[1] && r[2] == s[2]);
            Assert.That(s[7], Is.EqualTo(row[columns.IndexOf(s[6])]), $"{s[6]}, replication {s[1]}, tick {s[2]}: the same text, so the same double");
            Assert.That(s[3], Is.EqualTo(row[3]), "the same date");
        }
    }

    /// <summary>
    /// Saltelli's first base sample visits one point as A, B and every AB_j: the visits are runs of their own, so the
    /// shards of such a sweep merge (merge counts runs by id) into the unsharded sweep's tables.
    /// </summary>
    [Test]
    public void ASobolSweepThatVisitsAPointTwiceShardsAndMergesAsAWhole()
    {
        string file = SweepFile("""
              replications: 1
              design: sobol
              samples: 4
              parameters:
                - {key: region.entrepreneurship, low: 0.5, high: 1.5}
                - {key: parameters.exit.base_hazard_per_month, low: 0.001, high: 0.006}
              outputs:
                - {name: firms, statistic: {kind: indicator_mean, indicators: [firms_alive]}}

            """);
        string whole = Path.Combine(TestPaths.TempDir(), "whole"), a = Path.Combine(TestPaths.TempDir(), "a"), b = Path.Combine(TestPaths.TempDir(), "b"),
            merged = Path.Combine(TestPaths.TempDir(), "merged");
        Assert.That(TestPaths.RunProcess(["sweep", file, "--out", whole, .. Small]).Code, Is.EqualTo(0));
        Assert.That(TestPaths.RunProcess(["sweep", file, "--shard", "0/2", "--out", a, .. Small]).Code, Is.EqualTo(0));
        Assert.That(TestPaths.RunProcess(["sweep", file, "--shard", "1/2", "--out", b, .. Small]).Code, Is.EqualTo(0));
        var (code, _, stderr) = TestPaths.RunProcess(["merge", a, b, "--out", merged]);
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(File.ReadAllBytes(Path.Combine(merged, "results.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(whole, "results.csv"))));
        var rows = Rows(Path.Combine(whole, "results.csv"));
        Assert.That(rows, Has.Length.EqualTo(1 + 4 * 4));
        int firms = Array.IndexOf(rows[0], "firms"), block = Array.IndexOf(rows[0], "block"), sample = Array.IndexOf(rows[0], "sample");
        var first = rows.Skip(1).Where(r => r[sample] == "0").ToList();
        Assert.That(first.Select(r => r[firms]).Distinct().Count(), Is.EqualTo(1), "sample 0's A, AB_1, AB_2 and B are one point, so one result");
        Assert.That(first.Select(r => r[block]), Is.EquivalentTo(new[] { "a", "ab_1", "ab_2", "b" }));
    }

    [Test]
    public void TwoShardsMergedEqualTheUnshardedSweep()
    {
        string file = SweepFile(Grid), whole = Path.Combine(TestPaths.TempDir(), "whole");
        Assert.That(TestPaths.RunProcess(["sweep", file, "--out", whole, .. Small]).Code, Is.EqualTo(0));
        string a = Path.Combine(TestPaths.TempDir(), "a"), b = Path.Combine(TestPaths.TempDir(), "b"), merged = Path.Combine(TestPaths.TempDir(), "merged");
        Assert.That(TestPaths.RunProcess(["sweep", file, "--shard", "0/2", "--out", a, .. Small]).Code, Is.EqualTo(0));
        var partial = TestPaths.RunProcess(["merge", a, "--out", merged]);
        Assert.That(partial.Code, Is.EqualTo(2), "one shard of two is refused");
        Assert.That(partial.Stderr, Does.Contain("shards 1/2 are missing"));
        Assert.That(TestPaths.RunProcess(["sweep", file, "--shard", "1/2", "--out", b, .. Small]).Code, Is.EqualTo(0));
        Assert.That(Rows(Path.Combine(a, "results.csv")), Has.Length.EqualTo(1 + 4));

        var twice = TestPaths.RunProcess(["merge", a, a, "--out", merged]);
        Assert.That(twice.Code, Is.EqualTo(2));
        Assert.That(twice.Stderr, Does.Contain("given twice"));
        var (code, _, stderr) = TestPaths.RunProcess(["merge", b, a, "--out", merged]);
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(File.ReadAllBytes(Path.Combine(merged, "results.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(whole, "results.csv"))));

        // A shard of another sweep is refused.
        string other = SweepFile(Grid.Replace("0.75", "0.5")), c = Path.Combine(TestPaths.TempDir(), "c");
        Assert.That(TestPaths.RunProcess(["sweep", other, "--shard", "1/2", "--out", c, .. Small]).Code, Is.EqualTo(0));
        var mixed = TestPaths.RunProcess(["merge", a, c, "--out", Path.Combine(TestPaths.TempDir(), "mixed")]);
        Assert.That(mixed.Code, Is.EqualTo(2));
        Assert.That(mixed.Stderr, Does.Contain("another sweep"));
    }

    [Test]
    public void AKillAtAnyInstantThenARestartGivesTheUninterruptedResult()
    {
        // 48 runs of a few tenths of a second each: parts are committed every 2 seconds while it runs.
        string file = SweepFile("""
              replications: 1
              design: lhs
              samples: 48
              parameters:
                - {key: region.entrepreneurship, low: 0.5, high: 1.5}
                - {key: parameters.entry.entrepreneurship_per_month, low: 0.002, high: 0.008, distribution: log_uniform}
              series: [firms_alive]

            """);
        string reference = Path.Combine(TestPaths.TempDir(), "reference");
        Assert.That(TestPaths.RunProcess(["sweep", file, "--out", reference, .. Small]).Code, Is.EqualTo(0));

        foreach (int delay in new[] { 300, 1500, 2500, 3500 })
        {
            string output = Path.Combine(TestPaths.TempDir(), $"killed-{delay}");
            using (var victim = StartSweep(file, output))
            {
                Thread.Sleep(delay);
                victim.Kill(); // SIGKILL: no handler runs
                victim.WaitForExit();
            }
            string parts = Path.Combine(output, "parts");
            int kept = Directory.Exists(parts) ? Directory.EnumerateFiles(parts, "*.results.csv").Sum(p => File.ReadAllLines(p).Length - 1) : 0;
            bool finished = File.Exists(Path.Combine(output, "manifest.json"));
            var restart = TestPaths.RunProcess(["sweep", file, "--out", output, .. Shrunk]);
            Assert.That(restart.Code, Is.EqualTo(0), restart.Stderr);
            if (!finished)
                Assert.That(restart.Stderr, Does.Contain($"{kept} already done"), $"killed after {delay} ms: the restart ran only the missing runs");
            foreach (string table in new[] { "results.csv", "series.csv" })
                Assert.That(File.ReadAllBytes(Path.Combine(output, table)), Is.EqualTo(File.ReadAllBytes(Path.Combine(reference, table))), $"{table}, killed after {delay} ms");
        }
    }

    [Test]
    public void SigtermStopsGracefullyWith130AndARestartFinishes()
    {
        // As Slurm's time limit or scancel sends it: the host's lifetime stops the sweep; finished runs are kept.
        string file = SweepFile("""
              replications: 1
              design: lhs
              samples: 200
              parameters:
                - {key: region.entrepreneurship, low: 0.5, high: 1.5}

            """);
        string output = Path.Combine(TestPaths.TempDir(), "out");
        using var victim = StartSweep(file, output);
        var stderr = victim.StandardError.ReadToEndAsync();
        Thread.Sleep(3000);
        Assert.That(TestPaths.RunCommand("kill", ["-TERM", victim.Id.ToString(CultureInfo.InvariantCulture)]).Code, Is.EqualTo(0));
        victim.WaitForExit();
        Assert.That(victim.ExitCode, Is.EqualTo(130), stderr.Result);
        Assert.That(stderr.Result, Does.Contain("cancelled; ").And.Contain("run the same command again"));
        Assert.That(stderr.Result, Does.Not.Contain("   at "), "no stack trace");
        var restart = TestPaths.RunProcess(["sweep", file, "--out", output, .. Small]);
        Assert.That(restart.Code, Is.EqualTo(0), restart.Stderr);
        Assert.That(Rows(Path.Combine(output, "results.csv")), Has.Length.EqualTo(201));
    }

    [Test]
    public void AFolderOfAnotherSweepIsRefusedWithoutForce()
    {
        string output = Path.Combine(TestPaths.TempDir(), "out");
        Assert.That(TestPaths.RunProcess(["sweep", SweepFile(Grid), "--out", output, .. Small]).Code, Is.EqualTo(0));
        string other = SweepFile(Grid.Replace("1.25", "1.5"));
        var refused = TestPaths.RunProcess(["sweep", other, "--out", output, .. Small]);
        Assert.That(refused.Code, Is.EqualTo(2));
        Assert.That(refused.Stderr, Does.Contain("another sweep").And.Contain("--force"));
        Assert.That(TestPaths.RunProcess(["sweep", other, "--out", output, "--force", .. Small]).Code, Is.EqualTo(0));
        Assert.That(File.ReadAllText(Path.Combine(output, "results.csv")), Does.Contain(",1.5,"));
    }
}
