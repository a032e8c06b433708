using ClusterSim.Runner.Output;
using OxyPlot;
using OxyPlot.Series;

namespace ClusterSim.Tests.Runner.Output;

/// <summary>Plots are drawn with the embedded fonts, and a plot that cannot be drawn costs nothing else.</summary>
public class PlotWriterTests
{
    private static PlotModel Plot(string title)
    {
        var model = new PlotModel { Title = title, DefaultFont = PlotFonts.Family };
        var series = new LineSeries();
        series.Points.Add(new DataPoint(0, 1));
        series.Points.Add(new DataPoint(1, 2));
        model.Series.Add(series);
        return model;
    }

    [Test]
    public void APlotThatCannotBeDrawnIsLeftOutNamedAndTheOthersAreWritten()
    {
        string dir = TestPaths.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "plots"));
        // The SVG of "broken" cannot be written (a folder holds its name): its PNG, written first, must go too.
        Directory.CreateDirectory(Path.Combine(dir, "plots", "broken.svg"));
        var log = new StringWriter();

        var missing = PlotWriter.SaveAll([("a", Plot("a")), ("broken", Plot("broken")), ("c", Plot("c"))], f => Path.Combine(dir, f), log);

        Assert.That(missing, Is.EqualTo(new[] { "broken" }));
        Assert.That(Directory.GetFiles(Path.Combine(dir, "plots")).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "a.png", "a.svg", "c.png", "c.svg" }),
            "no half-written file of the broken plot");
        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1));
        Assert.That(lines[0], Does.StartWith("plots/broken: not drawn: "));
    }

    [Test]
    public void PlotsRenderThroughTheSeededRenderContext()
    {
        // PlotFonts.Context throws if OxyPlot's typeface cache is not where it seeds it, so this fails on an upgrade that
        // moves it. That the embedded font, not the system's, draws the text is FaultTests.ANodeWithoutFontsDrawsTheSamePlots.
        string svg = PlotWriter.Svg(Plot("title"));
        Assert.That(svg, Does.Contain($"font-family=\"{PlotFonts.Family}\""));
        Assert.That(PlotWriter.Png(Plot("title")), Has.Length.GreaterThan(1000));
    }
}
