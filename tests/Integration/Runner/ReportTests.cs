using ClusterSim.Loader;
using ClusterSim.Runner;
using ClusterSim.Runner.Commands;

namespace ClusterSim.Tests.Runner;

/// <summary>
/// report.html is one self-contained file that a real browser renders with its plots: Debian's Chromium,
/// headless, takes a screenshot and the plot colours must cover a good part of it.
/// </summary>
public class ReportTests
{
    private static readonly string[] Small = ["--ticks", "30", "--set", "population.people=10000", "--quiet"];

    private static void AssertSelfContained(string html)
    {
        string text = File.ReadAllText(html);
        Assert.That(text, Does.StartWith("<!DOCTYPE html>"));
        foreach (var remote in new[] { "<script", "<link", "<img", "@import", "src=", "url(http", "@font-face" })
            Assert.That(text, Does.Not.Contain(remote), $"nothing fetched: {remote}");
        Assert.That(text, Does.Contain("<svg"));
    }

    [Test]
    public void ComparisonReportRendersItsPlotsInChromium()
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var log = new StringWriter();
        int code = CompareCommand.Execute(new CompareCommand.CompareOptions(
            [TestPaths.Scenario("interventions/soft_landing.base.yaml"), TestPaths.Scenario("interventions/soft_landing.yaml")], dir, 2,
            new ScenarioOverrides(["population.people=10000"], Ticks: 30), 3, Quiet: true), log, CancellationToken.None).GetAwaiter().GetResult();
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), log.ToString());
        string html = Path.Combine(dir, "report.html");
        AssertSelfContained(html);
        Assert.That(File.ReadAllText(html), Does.Contain("Headline differences").And.Contain("soft_landing_base").And.Contain("95 % interval"));
        Assert.That(File.ReadAllText(html), Does.Contain($"Data beside this report, in {Path.GetFullPath(dir)}:").And.Not.Contain(".tmp-"),
            "the report names the folder it ends up in, never its staging name");
        string page = File.ReadAllText(html);
        Assert.That(page[(page.IndexOf("</h1>", StringComparison.Ordinal) + 5)..], Does.StartWith("<p class=\"bottom-line\">"), "the bottom line comes first");
        Assert.That(page, Does.Contain("rest on assumed parameters"), "a lever's effect is said to rest on assumed parameters");
        var headline = System.Text.RegularExpressions.Regex.Matches(page, "<figure class=\"difference-over-time\" data-indicator=\"([a-z_0-9]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.That(headline, Is.Unique.And.Contains("firms_alive").And.Contains("employment"), "one difference-over-time figure per compared indicator");
        Assert.That(File.Exists(Path.Combine(dir, "plots", "firms_alive_difference_over_time_soft_landing.png")), Is.True);
        Assert.That(File.Exists(Path.Combine(dir, "plots", "headline_effects.svg")), Is.True, "the forest plot of the headline effects");

        using var image = Chromium.Screenshot(html);
        Assert.That(Chromium.ColouredPixels(image), Is.GreaterThan(100_000), "bands, lines and bars of the plots are drawn");
    }

    [Test]
    public void RunReportIsWrittenOnRequestAndNotOverwrittenWithoutForce()
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var run = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", dir, "--replications", "2", "--no-plots", .. Small]);
        Assert.That(run.Code, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(File.Exists(Path.Combine(dir, "report.html")), Is.False, "a run writes its report only when asked");

        var first = TestPaths.RunProcess(["report", dir]);
        Assert.That(first.Code, Is.EqualTo(ExitCodes.Ok), first.Stderr);
        string html = Path.Combine(dir, "report.html");
        AssertSelfContained(html);
        Assert.That(File.ReadAllText(html), Does.Contain("Final year").And.Contain("firms_alive"));
        var again = TestPaths.RunProcess(["report", dir]);
        Assert.That(again.Code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(again.Stderr, Does.Contain("--force"));
        Assert.That(TestPaths.RunProcess(["report", dir, "--force"]).Code, Is.EqualTo(ExitCodes.Ok));

        using var image = Chromium.Screenshot(html);
        Assert.That(Chromium.ColouredPixels(image), Is.GreaterThan(100_000), "the plots' bands and lines are drawn");
    }

    [Test]
    public void ReportOfAFolderWithoutResultsIsBadInput()
    {
        var log = new StringWriter();
        int code = ReportCommand.Execute(TestPaths.TempDir(), force: false, log, CancellationToken.None).GetAwaiter().GetResult();
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(log.ToString(), Does.Contain("neither comparison.parquet nor indicators.parquet"));
    }
}
