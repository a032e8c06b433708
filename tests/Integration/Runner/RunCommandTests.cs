using System.Text.Json;
using ClusterSim.Loader;
using ClusterSim.Runner;
using ClusterSim.Runner.Commands;

namespace ClusterSim.Tests.Runner;

public class RunCommandTests
{
    private static readonly string[] Quick = ["--ticks", "6", "--set", "run.burn_in_ticks=0", "--set", "population.people=5000"];

    [Test]
    public void RunWritesManifestResolvedScenarioIndicatorsAndPlots()
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var r = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", dir, "--replications", "2", .. Quick]);
        Assert.That(r.Code, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Stdout, Is.Empty, "stdout carries only data a command was asked to print");

        var header = File.ReadLines(Path.Combine(dir, "indicators.csv")).First().Split(',');
        Assert.That(header[..5], Is.EqualTo(new[] { "scenario", "replication", "tick", "date", "seed" }));
        var scenario = Loader.ScenarioLoader.Load(TestPaths.Scenario("baseline.yaml")).Scenario;
        Assert.That(header[5..], Is.EqualTo(Engine.Indicators.IndicatorCatalog.All.Select(d => d.Name)), "the same header whatever the parks");
        Assert.That(File.ReadLines(Path.Combine(dir, "indicators.csv")).Skip(1).Select(l => l.Split(',')[4]).Distinct(), Is.EqualTo(new[] { "42", "43" }), "each row carries its replication's seed");
        var parks = File.ReadLines(Path.Combine(dir, "parks.csv")).ToArray();
        Assert.That(parks[0], Is.EqualTo("scenario,replication,tick,date,seed,park,occupancy,self_funding,tenants,applicants,result,capital_grants,reserve,open"));
        Assert.That(parks.Skip(1).Select(r => r.Split(',')[5]), Is.EqualTo(Enumerable.Repeat("city_incubator", 12)), "one row per park and written tick");
        var rows = File.ReadLines(Path.Combine(dir, "indicators.csv")).Skip(1).ToArray();
        Assert.That(rows, Has.Length.EqualTo(12));
        Assert.That(rows[0], Does.StartWith("baseline,0,0,2008-01,"));
        Assert.That(rows[^1], Does.StartWith("baseline,1,5,2008-06,"));

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        var m = manifest.RootElement;
        int newest = int.Parse(System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "outputs.md")), @"### Version (\d+)").Groups[1].Value);
        Assert.That(m.GetProperty("output_format_version").GetInt32(), Is.EqualTo(newest), "the manifest's version is the newest of docs/outputs.md's changelog");
        Assert.That(m.GetProperty("seeds").EnumerateArray().Select(e => e.GetInt64()), Is.EqualTo(new long[] { 42, 43 }));
        Assert.That(m.GetProperty("scenario_files")[0].GetProperty("sha256").GetString(), Has.Length.EqualTo(64));
        foreach (var key in new[] { "engine_version", "resolved_scenario", "threads", "chunk_size", "dotnet_runtime", "os", "vector_isa", "wall_time_seconds" })
            Assert.That(m.TryGetProperty(key, out _), Is.True, key);

        Assert.That(File.ReadAllText(Path.Combine(dir, "resolved_scenario.yaml")), Does.Contain("ticks: 6"));
        foreach (var plot in new[] { "firms_alive", "employment" })
        {
            var png = File.ReadAllBytes(Path.Combine(dir, "plots", plot + ".png"));
            Assert.That(png[1..4], Is.EqualTo("PNG"u8.ToArray()));
            Assert.That(File.ReadAllText(Path.Combine(dir, "plots", plot + ".svg")), Does.Contain("<svg"));
        }
        Assert.That(Directory.GetDirectories(Path.GetDirectoryName(dir)!), Has.Length.EqualTo(1), "no temporary folder left behind");
    }

    [Test]
    public void PanelHasARowPerAliveFirmEveryTwelfthTickAndOneAtEachExit()
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var r = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", dir, "--no-plots", "--panel", "--ticks", "25", "--set", "run.burn_in_ticks=0", "--set", "population.people=5000"]);
        Assert.That(r.Code, Is.EqualTo(0), r.Stderr);
        var indicators = File.ReadLines(Path.Combine(dir, "indicators.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        var panel = File.ReadLines(Path.Combine(dir, "panel.csv")).ToArray();
        Assert.That(panel[0].Split(','), Is.EqualTo(ClusterSim.Runner.Tables.PanelTable.Columns));
        var rows = panel.Skip(1).Select(l => l.Split(',')).ToArray();
        int alive = Array.IndexOf(Engine.Indicators.IndicatorCatalog.All.Select(d => d.Name).ToArray(), "firms_alive") + 5;
        int deaths = alive + 2;
        foreach (int tick in new[] { 0, 12, 24 })
            Assert.That(rows.Count(x => x[2] == tick.ToString() && x[^1] == "0"), Is.EqualTo(int.Parse(indicators[tick][alive])), $"tick {tick}");
        Assert.That(rows.Count(x => x[^1] == "1"), Is.EqualTo(indicators.Sum(x => int.Parse(x[deaths]))));
        Assert.That(rows.Select(x => x[2]).Distinct().Count(), Is.GreaterThan(3), "exit rows fall between panel ticks");
    }

    [Test]
    public void TypoedKeyExitsTwoWithPositionAndWritesNothing()
    {
        string work = TestPaths.TempDir();
        string file = Path.Combine(work, "typo.yaml");
        string baseline = File.ReadAllText(TestPaths.Scenario("baseline.yaml"));
        File.WriteAllText(file, System.Text.RegularExpressions.Regex.Replace(baseline, "^  ticks: ", "  tikcs: 1\n  ticks: ", System.Text.RegularExpressions.RegexOptions.Multiline));
        Assert.That(File.ReadAllText(file), Does.Contain("tikcs"));
        var r = TestPaths.RunProcess(["run", file, .. Quick], workingDirectory: work);
        Assert.That(r.Code, Is.EqualTo(2));
        Assert.That(r.Stderr, Does.Contain($"{file}:").And.Contain("error: run.tikcs: unknown key; did you mean 'ticks'?"));
        Assert.That(Directory.GetFileSystemEntries(work), Is.EqualTo(new[] { file }), "nothing written");
    }

    [Test]
    public void NonEmptyOutIsRefusedWithoutForceAndReplacedWithIt()
    {
        string dir = TestPaths.TempDir();
        File.WriteAllText(Path.Combine(dir, "mine.txt"), "user data");
        var refused = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", dir, "--no-plots", .. Quick]);
        Assert.That(refused.Code, Is.EqualTo(2));
        Assert.That(refused.Stderr, Does.Contain("--force"));
        Assert.That(File.Exists(Path.Combine(dir, "mine.txt")), Is.True);

        var forced = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", dir, "--no-plots", "--force", .. Quick]);
        Assert.That(forced.Code, Is.EqualTo(0), forced.Stderr);
        Assert.That(File.Exists(Path.Combine(dir, "indicators.csv")), Is.True);
        Assert.That(File.Exists(Path.Combine(dir, "mine.txt")), Is.False);
    }

    [Test]
    public void DefaultFolderTakesTheNextFreeRunNumber()
    {
        string work = TestPaths.TempDir();
        for (int i = 0; i < 2; i++)
        {
            var r = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--no-plots", .. Quick], workingDirectory: work);
            Assert.That(r.Code, Is.EqualTo(0), r.Stderr);
        }
        Assert.That(Directory.GetDirectories(Path.Combine(work, "out", "baseline")).Select(Path.GetFileName),
            Is.EquivalentTo(new[] { "run-001", "run-002" }));
    }

    [TestCase("--threads", "zero")]
    [TestCase("--no-such-option", "1")]
    public void BadCommandLineExitsTwo(string option, string value)
    {
        var r = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), option, value]);
        Assert.That(r.Code, Is.EqualTo(2), r.Stderr);
    }

    [Test]
    public void MissingFileExitsTwoNamingIt()
    {
        var r = TestPaths.RunProcess(["run", "no/such/file.yaml"]);
        Assert.That(r.Code, Is.EqualTo(2));
        Assert.That(r.Stderr, Does.Contain("no/such/file.yaml:1:1: error: cannot read scenario file"));
    }

    [Test]
    public void CancelledRunExits130AndKeepsNothing()
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var options = new RunOptions(TestPaths.Scenario("baseline.yaml"), dir, 1, new ScenarioOverrides(["run.ticks=6", "run.burn_in_ticks=0"]), true, false);
        int code = RunCommand.Execute(options, TextWriter.Null, cancel.Token).GetAwaiter().GetResult();
        Assert.That(code, Is.EqualTo(ExitCodes.Cancelled));
        Assert.That(Directory.Exists(dir), Is.False);
        Assert.That(Directory.GetFileSystemEntries(Path.GetDirectoryName(dir)!), Is.Empty);
    }

    [Test]
    public void HelpExitsZero()
    {
        var r = TestPaths.RunProcess(["run", "--help"]);
        Assert.That(r.Code, Is.EqualTo(0));
        Assert.That(r.Stdout, Does.Contain("--threads").And.Contain("--set"));
    }
}

public class CancellationTests
{
    [Test]
    public void InterruptedRunExits130AndLeavesNoFolder()
    {
        string work = TestPaths.TempDir();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, WorkingDirectory = work };
        foreach (var a in new[] { TestPaths.RunnerDll, "run", TestPaths.Scenario("baseline.yaml"), "--ticks", "12000", "--no-plots" }) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        // Wait until the run is under way (its temporary folder exists), then interrupt it as Ctrl-C would.
        string parent = Path.Combine(work, "out", "baseline");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(Directory.Exists(parent) && Directory.EnumerateDirectories(parent).Any()) && DateTime.UtcNow < deadline) Thread.Sleep(50);
        Assert.That(Directory.Exists(parent), Is.True, "the run started");
        System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString()])!.WaitForExit();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.EqualTo(130), stderr);
        Assert.That(Directory.EnumerateFileSystemEntries(parent), Is.Empty, "no half-written folder");
    }
}
