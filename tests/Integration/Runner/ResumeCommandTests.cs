using ClusterSim.Loader;
using ClusterSim.Runner;
using ClusterSim.Runner.Commands;

namespace ClusterSim.Tests.Runner;

/// <summary>
/// A run resumed from any of its checkpoints, on another thread count, finishes with the same bytes as the
/// run that never stopped; an interrupted run leaves its checkpoints; an unusable checkpoint is refused.
/// </summary>
public class ResumeCommandTests
{
    private static readonly string[] Run =
    [
        "--replications", "2", "--ticks", "36", "--set", "run.burn_in_ticks=6", "--set", "population.people=8000",
        "--set", "outputs.breakdowns=[kind, park]", "--quiet",
    ];

    private static readonly string[] Files =
    [
        "indicators.csv", "indicators.parquet", "breakdowns.csv", "breakdowns.parquet", "panel.csv", "resolved_scenario.yaml",
        "plots/firms_alive.png", "plots/firms_alive.svg", "plots/employment.svg",
    ];

    private static void AssertSameFiles(string expected, string actual)
    {
        foreach (var f in Files)
            Assert.That(File.ReadAllBytes(Path.Combine(actual, f)), Is.EqualTo(File.ReadAllBytes(Path.Combine(expected, f))), f);
    }

    [Test]
    public void ResumedRunsEqualTheRunThatNeverStopped()
    {
        string work = TestPaths.TempDir();
        string plain = Path.Combine(work, "plain"), checkpointed = Path.Combine(work, "checkpointed");
        string scenario = TestPaths.Scenario("examples/all_institutions.yaml");
        var a = TestPaths.RunProcess(["run", scenario, "--out", plain, "--panel", .. Run]);
        var b = TestPaths.RunProcess(["run", scenario, "--out", checkpointed, "--panel", "--checkpoint-every", "10", "--threads", "2", .. Run]);
        Assert.That((a.Code, b.Code), Is.EqualTo((0, 0)), a.Stderr + b.Stderr);
        AssertSameFiles(plain, checkpointed);
        var written = Directory.GetFiles(checkpointed + ".checkpoints").Select(Path.GetFileName).Order().ToArray();
        Assert.That(written, Is.EqualTo(new[] { "r000-t00010.ckpt", "r000-t00020.ckpt", "r000-t00030.ckpt", "r001-t00010.ckpt", "r001-t00020.ckpt", "r001-t00030.ckpt" }));

        foreach (var (checkpoint, threads) in new[] { ("r000-t00010.ckpt", "1"), ("r001-t00030.ckpt", "2"), ("r000-t00030.ckpt", "3") })
        {
            string resumed = Path.Combine(work, "resumed-" + checkpoint);
            var r = TestPaths.RunProcess(["resume", Path.Combine(checkpointed + ".checkpoints", checkpoint), "--out", resumed, "--threads", threads, "--quiet"]);
            Assert.That(r.Code, Is.EqualTo(0), r.Stderr);
            AssertSameFiles(plain, resumed);
            string manifest = File.ReadAllText(Path.Combine(resumed, "manifest.json"));
            Assert.That(manifest, Does.Contain(checkpoint).And.Contain("\"sha256\""), "the manifest records the checkpoint");
        }
    }

    [Test]
    public void AnInterruptedRunKeepsItsCheckpointsAndResumesToTheSameBytes()
    {
        string work = TestPaths.TempDir();
        string scenario = TestPaths.Scenario("baseline.yaml");
        string[] options = ["--replications", "2", "--ticks", "120", "--set", "run.burn_in_ticks=0", "--set", "population.people=8000", "--quiet"];
        string plain = Path.Combine(work, "plain");
        Assert.That(TestPaths.RunProcess(["run", scenario, "--out", plain, "--no-plots", .. options]).Code, Is.EqualTo(0));

        string interrupted = Path.Combine(work, "interrupted"), checkpoints = Path.Combine(work, "ckpt");
        Directory.CreateDirectory(checkpoints);
        using var cancel = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            while (!cancel.IsCancellationRequested && !Directory.EnumerateFiles(checkpoints, "*.ckpt").Any()) await Task.Delay(5);
            cancel.Cancel();
        });
        var log = new StringWriter();
        int code = RunCommand.Execute(new RunOptions(scenario, interrupted, 2,
            new ScenarioOverrides(["run.replications=2", "run.ticks=120", "run.burn_in_ticks=0", "population.people=8000"]), Plots: false, Force: false,
            Quiet: true, CheckpointEvery: 5, CheckpointFolder: checkpoints), log, cancel.Token).GetAwaiter().GetResult();
        watcher.Wait();
        Assert.That(code, Is.EqualTo(ExitCodes.Cancelled), log.ToString());
        Assert.That(Directory.Exists(interrupted), Is.False, "no half-written output");
        Assert.That(Directory.GetFiles(checkpoints).Where(f => f.EndsWith(".ckpt", StringComparison.Ordinal)), Is.Not.Empty, "the checkpoints outlive the interruption");
        Assert.That(Directory.GetFiles(checkpoints).Where(f => f.Contains(".tmp-", StringComparison.Ordinal)), Is.Empty, "no half-written checkpoint");

        Assert.That(log.ToString(), Does.Contain($"checkpoints kept in {checkpoints}; continue the run with: clustersim resume {checkpoints}"));

        // Resuming the folder takes its newest complete checkpoint.
        string latest = Directory.GetFiles(checkpoints, "*.ckpt").Order(StringComparer.Ordinal).Last();
        string resumed = Path.Combine(work, "resumed");
        var r = TestPaths.RunProcess(["resume", checkpoints, "--out", resumed, "--threads", "1", "--quiet"]);
        Assert.That(r.Code, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Stderr, Does.Contain($"resuming from its newest complete checkpoint, {Path.GetFileName(latest)}"));
        Assert.That(File.ReadAllBytes(Path.Combine(resumed, "indicators.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(plain, "indicators.csv"))));
        Assert.That(File.ReadAllBytes(Path.Combine(resumed, "indicators.parquet")), Is.EqualTo(File.ReadAllBytes(Path.Combine(plain, "indicators.parquet"))));
    }

    private static string AValidCheckpoint()
    {
        string work = TestPaths.TempDir();
        var r = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", Path.Combine(work, "out"), "--checkpoint-every", "4",
            "--ticks", "6", "--set", "run.burn_in_ticks=0", "--set", "population.people=3000", "--no-plots", "--quiet"]);
        Assert.That(r.Code, Is.EqualTo(0), r.Stderr);
        return Path.Combine(work, "out.checkpoints", "r000-t00004.ckpt");
    }

    [TestCase("flip", "corrupt (checksum mismatch)")]
    [TestCase("truncate", "truncated")]
    [TestCase("version", "checkpoint format version 99; this engine reads version 6")]
    [TestCase("older", "checkpoint format version 5; this engine reads version 6")]
    [TestCase("foreign", "not a ClusterSim checkpoint")]
    [TestCase("empty", "not a ClusterSim checkpoint")]
    [TestCase("missing", "cannot read it")]
    public void AnUnusableCheckpointIsRefusedWithExit2AndNothingWritten(string damage, string message)
    {
        string path = AValidCheckpoint();
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "flip": bytes[bytes.Length / 2] ^= 0x40; File.WriteAllBytes(path, bytes); break;
            case "truncate": File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]); break;
            case "version": BitConverter.GetBytes(99).CopyTo(bytes, 8); File.WriteAllBytes(path, bytes); break;
            case "older": BitConverter.GetBytes(5).CopyTo(bytes, 8); File.WriteAllBytes(path, bytes); break;
            case "foreign": File.Copy(TestPaths.Scenario("baseline.yaml"), path, overwrite: true); break;
            case "empty": File.WriteAllBytes(path, []); break;
            case "missing": File.Delete(path); break;
        }
        string outDir = Path.Combine(TestPaths.TempDir(), "out");
        var r = TestPaths.RunProcess(["resume", path, "--out", outDir]);
        Assert.That(r.Code, Is.EqualTo(ExitCodes.BadInput), r.Stderr);
        Assert.That(r.Stderr, Does.Contain($"error: {path}: {message}"));
        Assert.That(r.Stderr, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(Directory.Exists(outDir), Is.False);
    }

    [Test]
    public void ACheckpointFolderThatHoldsFilesIsKeptWithoutForce()
    {
        string work = TestPaths.TempDir();
        string folder = Path.Combine(work, "ckpt");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "r000-t00004.ckpt"), "mine");
        var r = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", Path.Combine(work, "out"), "--checkpoint-every", "4", "--checkpoint-dir", folder,
            "--ticks", "6", "--set", "population.people=3000", "--no-plots", "--quiet"]);
        Assert.That(r.Code, Is.EqualTo(ExitCodes.BadInput), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("--force"));
        Assert.That(File.ReadAllText(Path.Combine(folder, "r000-t00004.ckpt")), Is.EqualTo("mine"));
    }
}
