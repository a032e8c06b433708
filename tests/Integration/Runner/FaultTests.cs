namespace ClusterSim.Tests.Runner;

/// <summary>
/// Faults made for real, as on the machines users run on: each test makes its fault (as root, as CI runs) and,
/// when it cannot, fails under CI=true rather than skip.
/// </summary>
public class FaultTests
{
    private static readonly string[] Small = ["--set", "population.people=3000", "--ticks", "14", "--quiet"];

    /// <summary>Makes the fault with <paramref name="wrapper"/>, or fails (CI) or is inconclusive (elsewhere) when this machine cannot.</summary>
    private static void RequireWrapper(string[] wrapper)
    {
        var probe = TestPaths.RunProcessUnder(wrapper, ["--version"]);
        if (probe.Code != 0) CannotMakeFault($"cannot make the fault with {string.Join(' ', wrapper)}: {probe.Stderr.Trim()}");
    }

    private static void CannotMakeFault(string why)
    {
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(why);
        Assert.Inconclusive(why);
    }

    [Test]
    public void ANodeWithoutFontsDrawsTheSamePlots()
    {
        // A Slurm node often has no fonts at all: hide them behind an empty tmpfs in a private mount namespace.
        string[] noFonts = ["unshare", "--mount", "sh", "-c", "mount -t tmpfs none /usr/share/fonts && exec \"$@\"", "sh"];
        RequireWrapper(noFonts);
        string dir = TestPaths.TempDir();
        string bare = Path.Combine(dir, "bare"), desktop = Path.Combine(dir, "desktop");

        var withoutFonts = TestPaths.RunProcessUnder(noFonts, ["run", TestPaths.Scenario("baseline.yaml"), "--out", bare, .. Small]);
        var withFonts = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", desktop, .. Small]);

        Assert.That(withoutFonts.Code, Is.EqualTo(0), withoutFonts.Stderr);
        Assert.That(withFonts.Code, Is.EqualTo(0), withFonts.Stderr);
        var plots = Directory.GetFiles(Path.Combine(desktop, "plots")).Select(Path.GetFileName).Order().ToList();
        Assert.That(plots, Is.Not.Empty);
        Assert.That(Directory.GetFiles(Path.Combine(bare, "plots")).Select(Path.GetFileName).Order(), Is.EqualTo(plots));
        foreach (var plot in plots)
            Assert.That(File.ReadAllBytes(Path.Combine(bare, "plots", plot!)), Is.EqualTo(File.ReadAllBytes(Path.Combine(desktop, "plots", plot!))), plot);
    }

    [Test]
    public void ANamedPipeAsABaseIsRefusedAtOnceNotWaitedOn()
    {
        string dir = TestPaths.TempDir();
        string fifo = Path.Combine(dir, "base.yaml");
        var made = System.Diagnostics.Process.Start("mkfifo", [fifo]);
        made.WaitForExit();
        if (made.ExitCode != 0) CannotMakeFault($"mkfifo {fifo} failed");
        string variant = Path.Combine(dir, "variant.yaml");
        File.WriteAllText(variant, "extends: base.yaml\nname: v\n");

        // Were the pipe opened, the read would wait for a writer for ever: timeout(1) ends it with 124.
        var (code, _, stderr) = TestPaths.RunProcessUnder(["timeout", "60"], ["check", variant]);

        Assert.That(code, Is.EqualTo(2), stderr);
        Assert.That(stderr.Trim().Split('\n')[0], Does.EndWith("variant.yaml:1:10: error: extends: base file 'base.yaml' is a named pipe (FIFO), not a file: reading it would wait for a writer"));
    }

    /// <summary>The lines of stderr that are not warnings or notes about the scenario.</summary>
    private static string[] Errors(string stderr) =>
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.Contains(": warning: ") && !l.StartsWith("note: ")).ToArray();

    [Test]
    public void AFullDiskEndsInOneLineNamingThePathAndLeavesNothing()
    {
        string mount = TestPaths.TempDir();
        string[] tiny = ["unshare", "--mount", "sh", "-c", $"mount -t tmpfs -o size=40k none {mount} && exec \"$@\"", "sh"];
        RequireWrapper(tiny);
        // The run lists the mount afterwards from inside the namespace, where the tmpfs is.
        var (code, _, stderr) = TestPaths.RunProcessUnder(tiny, ["run", TestPaths.Scenario("baseline.yaml"), "--out", Path.Combine(mount, "out"), .. Small]);

        Assert.That(code, Is.EqualTo(1), stderr);
        var errors = Errors(stderr);
        Assert.That(errors, Has.Length.EqualTo(1), stderr);
        Assert.That(errors[0], Does.StartWith("error: No space left on device").And.Contain(mount));
        Assert.That(stderr, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void AReadOnlyFolderEndsInOneLineNamingThePath()
    {
        // chmod does not stop root (CI runs as root): a read-only bind mount does.
        string folder = TestPaths.TempDir();
        string[] readOnly = ["unshare", "--mount", "sh", "-c", $"mount --bind -o ro {folder} {folder} && exec \"$@\"", "sh"];
        RequireWrapper(readOnly);
        var (code, _, stderr) = TestPaths.RunProcessUnder(readOnly, ["run", TestPaths.Scenario("baseline.yaml"), "--out", Path.Combine(folder, "out"), .. Small]);

        Assert.That(code, Is.EqualTo(1), stderr);
        var errors = Errors(stderr);
        Assert.That(errors, Has.Length.EqualTo(1), stderr);
        Assert.That(errors[0], Does.StartWith("error: Read-only file system").And.Contain(folder));
        Assert.That(Directory.EnumerateFileSystemEntries(folder), Is.Empty);
    }

    [Test]
    public void OfTwoRunsIntoOneFolderOneWinsWholeAndTheOtherSaysSoInOneLine()
    {
        string output = Path.Combine(TestPaths.TempDir(), "out");
        string[] args = ["run", TestPaths.Scenario("baseline.yaml"), "--out", output, .. Small];
        var runs = Enumerable.Range(0, 2).Select(_ => Task.Run(() => TestPaths.RunProcess(args))).ToArray();
        var results = runs.Select(r => r.Result).OrderBy(r => r.Code).ToArray();

        Assert.That(results[0].Code, Is.EqualTo(0), results[0].Stderr);
        Assert.That(results[1].Code, Is.EqualTo(1).Or.EqualTo(2), results[1].Stderr);
        var errors = Errors(results[1].Stderr);
        Assert.That(errors, Has.Length.EqualTo(1), results[1].Stderr);
        Assert.That(errors[0], Does.StartWith("error: ").And.Contain(output));
        Assert.That(File.Exists(Path.Combine(output, "manifest.json")), "the winner's folder is whole");
        Assert.That(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!), Has.Exactly(1).Items, "no temporary folder left");
    }

    [Test]
    public void AKilledRunsTemporaryFolderIsRemovedByTheNextRunAndALiveOnesIsNot()
    {
        string parent = TestPaths.TempDir();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { TestPaths.RunnerDll, "run", TestPaths.Scenario("baseline.yaml"), "--out", Path.Combine(parent, "killed"),
                     "--set", "population.people=20000", "--ticks", "2400", "--set", "run.burn_in_ticks=0", "--quiet" })
            start.ArgumentList.Add(a);
        using var victim = System.Diagnostics.Process.Start(start)!;
        string? staging = null;
        for (int i = 0; i < 600 && staging is null; i++)
        {
            Thread.Sleep(50);
            staging = Directory.EnumerateDirectories(parent, ".killed.tmp-*").FirstOrDefault();
        }
        Assert.That(staging, Is.Not.Null, "the run made its temporary folder");
        // A live run's folder is left alone by another run into the same parent.
        var beside = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", Path.Combine(parent, "beside"), .. Small]);
        Assert.That(beside.Code, Is.EqualTo(0), beside.Stderr);
        Assert.That(Directory.Exists(staging), Is.True, "a live run's temporary folder is not touched");

        victim.Kill();
        victim.WaitForExit();
        Assert.That(Directory.Exists(staging), Is.True, "kill -9 leaves it");
        var next = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", Path.Combine(parent, "next"), .. Small]);
        Assert.That(next.Code, Is.EqualTo(0), next.Stderr);
        Assert.That(Directory.Exists(staging), Is.False, "the next run cleaned the dead run's temporary folder");
        Assert.That(Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "beside", "next" }));
    }

    [Test]
    public void ACheckpointFolderThatFillsUpEndsInOneLineAndLeavesNoHalfWrittenCheckpoint()
    {
        string mount = TestPaths.TempDir(), output = Path.Combine(TestPaths.TempDir(), "out");
        string[] tiny = ["unshare", "--mount", "sh", "-c", $"mount -t tmpfs -o size=64k none {mount} && exec \"$@\"", "sh"];
        RequireWrapper(tiny);
        // A checkpoint of 3,000 people does not fit in 64 kB; the listing runs inside the namespace, where the tmpfs is.
        string[] wrapper = ["unshare", "--mount", "sh", "-c",
            $"mount -t tmpfs -o size=64k none {mount} && \"$@\"; code=$?; echo LISTING >&2; ls -A {mount} >&2; exit $code", "sh"];
        var (code, _, stderr) = TestPaths.RunProcessUnder(wrapper, ["run", TestPaths.Scenario("baseline.yaml"), "--out", output,
            "--checkpoint-every", "2", "--checkpoint-dir", mount, .. Small]);

        Assert.That(code, Is.EqualTo(1), stderr);
        var errors = Errors(stderr).Where(l => l != "LISTING").ToArray();
        Assert.That(errors, Has.Length.EqualTo(1), stderr);
        Assert.That(errors[0], Does.StartWith("error: No space left on device").And.Contain(mount));
        Assert.That(stderr[(stderr.IndexOf("LISTING", StringComparison.Ordinal) + "LISTING".Length)..].Trim(), Is.Empty, "nothing is left in the checkpoint folder");
        Assert.That(Directory.Exists(output), Is.False, "nor an output folder");
    }
}
