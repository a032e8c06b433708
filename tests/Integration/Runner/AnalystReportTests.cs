using System.Text.RegularExpressions;

using ClusterSim.Tests.Scenarios;

namespace ClusterSim.Tests.Runner;

/// <summary>
/// Every intervention pair's comparison report as an analyst opens it, at 1280 × 800 in Chromium: the answer
/// first, nothing to scroll sideways for, numbers as numbers, and the difference drawn for every indicator.
/// </summary>
public class AnalystReportTests
{
    private static readonly string[] Small = ["--replications", "3", "--ticks", "36", "--set", "population.people=10000", "--no-plots", "--quiet"];

    public static IEnumerable<string> Pairs() => LibraryScenarioTests.InterventionVariants().Select(f => Path.GetFileNameWithoutExtension(f));

    [TestCaseSource(nameof(Pairs))]
    public void TheReportLeadsWithTheBottomLineAndFitsTheScreen(string pair)
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var r = TestPaths.RunProcess(["compare", TestPaths.Scenario($"interventions/{pair}.base.yaml"), TestPaths.Scenario($"interventions/{pair}.yaml"), "--out", dir, .. Small]);
        Assert.That(r.Code, Is.EqualTo(0), r.Stderr);
        string html = Path.Combine(dir, "report.html"), page = File.ReadAllText(html);

        Assert.That(page[(page.IndexOf("</h1>", StringComparison.Ordinal) + 5)..], Does.StartWith("<p class=\"bottom-line\">"), "the first element after the title");
        Assert.That(Chromium.ScrollWidth(html, 1280, 800), Is.LessThanOrEqualTo(1280), "nothing to scroll sideways for");
        string text = Regex.Replace(Regex.Replace(page, "<svg.*?</svg>", "", RegexOptions.Singleline), "<[^>]+>", " ");
        // A number standing alone (not inside a SHA-256 or a commit hash) in E-notation.
        Assert.That(Regex.Matches(text, @"(?<![0-9A-Za-z])[−-]?\d+(?:[.,]\d+)?[eE][+\-−]?\d+(?![0-9A-Za-z])"), Is.Empty, "no number in E-notation");
        Assert.That(text, Does.Not.Contain(".tmp-"), "never a temporary folder");

        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json"))).RootElement;
        var indicators = manifest.GetProperty("indicators").EnumerateArray().Select(i => i.GetString()!).ToList();
        var figures = Regex.Matches(page, "<figure class=\"difference-over-time\" data-indicator=\"([a-z_0-9]+)\"").Select(m => m.Groups[1].Value);
        Assert.That(figures, Is.EqualTo(indicators), "one difference-over-time figure per headline indicator, in order");
        var catalog = ClusterSim.Engine.Indicators.IndicatorCatalog.SeriesOf(ClusterSim.Loader.ScenarioLoader.Load(TestPaths.Scenario($"interventions/{pair}.base.yaml")).Scenario);
        foreach (string indicator in indicators)
        {
            var definition = catalog[ClusterSim.Engine.Indicators.IndicatorCatalog.IndexOf(catalog, indicator)];
            Assert.That(page, Does.Contain($"<td class=\"text\">{indicator.Replace('_', ' ')}</td><td class=\"text\">{System.Net.WebUtility.HtmlEncode(definition.Unit)}</td>"),
                $"{indicator}: its label and unit");
        }
    }
}
