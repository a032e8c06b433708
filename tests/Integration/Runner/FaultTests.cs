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
}
