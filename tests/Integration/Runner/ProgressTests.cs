using ClusterSim.Runner.Execution;

namespace ClusterSim.Tests.Runner;

public class ProgressTests
{
    [Test]
    public void PlainLinesSayWhereTheWorkStandsAndQuietSaysNothing()
    {
        var lines = new StringWriter();
        var progress = new RunProgress(ProgressStyle.Lines, lines, totalTicks: 4, lineInterval: TimeSpan.Zero);
        progress.Run("x", () =>
        {
            for (int t = 1; t <= 4; t++) progress.Advance(() => $"replication 1/1, tick {t}/4");
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
        var written = lines.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(written, Has.Length.EqualTo(4));
        Assert.That(written[1], Does.StartWith("replication 1/1, tick 2/4, 50 %, "));

        var quiet = new StringWriter();
        var none = new RunProgress(ProgressStyle.None, quiet, totalTicks: 4, lineInterval: TimeSpan.Zero);
        for (int t = 0; t < 4; t++) none.Advance(() => "never shown");
        Assert.That(quiet.ToString(), Is.Empty);
    }

    [Test]
    public void StyleIsNoneWhenQuietAndLinesWhenTheLogIsNotATerminal()
    {
        Assert.That(RunProgress.StyleFor(quiet: true, Console.Error), Is.EqualTo(ProgressStyle.None));
        Assert.That(RunProgress.StyleFor(quiet: false, new StringWriter()), Is.EqualTo(ProgressStyle.Lines));
    }

    [Test]
    public void ABarIsDrawnWhenStderrIsATerminal()
    {
        // util-linux's script(1) gives the command a pseudo-terminal, as an interactive shell would.
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        string command = $"dotnet '{TestPaths.RunnerDll}' run '{TestPaths.Scenario("baseline.yaml")}' --ticks 8 --set population.people=5000 --out '{dir}' --no-plots";
        var start = new System.Diagnostics.ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-qec", command, "/dev/null" }) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        string terminal = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.EqualTo(0), terminal);
        Assert.That(terminal, Does.Contain("100%").And.Contain("\u001b["), "Spectre.Console's bar, with its escape codes");
        Assert.That(terminal, Does.Not.Match(@"tick \d+/\d+, \d+ %, \d+ s"), "no plain lines on a terminal");
        Assert.That(terminal, Does.Contain("elapsed ").And.Contain(", left ").And.Contain("#"), "labelled times and a bar that reads in monochrome");
    }

    [Test]
    public void EveryCommandHasHelp()
    {
        foreach (var command in new[] { "run", "resume", "check", "compare", "report", "schema" })
        {
            var r = TestPaths.RunProcess([command, "--help"]);
            Assert.That(r.Code, Is.EqualTo(0), command);
            Assert.That(r.Stdout, Does.Contain("Usage:").And.Contain(command), command);
        }
        var compare = TestPaths.RunProcess(["compare", "--help"]).Stdout;
        foreach (var option in new[] { "--replications", "--out", "--seed", "--threads", "--set", "--ticks", "--quiet", "--force", "--no-plots" })
            Assert.That(compare, Does.Contain(option));
    }

    [Test]
    public void QuietRunsPrintOnlyTheirLastLine()
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out"), scenario = Path.Combine(TestPaths.TempDir(), "tiny.yaml");
        File.WriteAllText(scenario, "format_version: 1\nname: tiny\nrun: {ticks: 3, burn_in_ticks: 0, seed: 1}\npopulation: {people: 3000}\n");
        var r = TestPaths.RunProcess(["run", scenario, "--out", dir, "--no-plots", "--quiet"]);
        Assert.That(r.Code, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Stderr.Trim().Split('\n'), Is.EqualTo(new[] { $"wrote {dir}" }), "no pre-flight line, no progress");
    }
}
