using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;
using OxyPlot.SkiaSharp;

namespace ClusterSim.Runner.Output;

/// <summary>
/// <c>plots/&lt;indicator&gt;.png</c> and <c>.svg</c>: the mean over replications with a shaded 95 % band,
/// dates on the time axis. SkiaSharp's exporters are used for both (OxyPlot.Core's SVG misplaces text).
/// </summary>
public static class PlotWriter
{
    private const string Font = "DejaVu Sans";

    public static void Write(IndicatorBands bands, string scenarioName, YearMonth start, int replications, Func<string, string> pathOf)
    {
        for (int i = 0; i < bands.Names.Count; i++)
        {
            string name = bands.Names[i];
            var model = Build(bands, i, name, scenarioName, start, replications);
            using (var png = File.Create(pathOf($"plots/{name}.png")))
                new OxyPlot.SkiaSharp.PngExporter { Width = 900, Height = 500 }.Export(model, png);
            using (var svg = File.Create(pathOf($"plots/{name}.svg")))
                new OxyPlot.SkiaSharp.SvgExporter { Width = 900, Height = 500 }.Export(model, svg);
        }
    }

    private static PlotModel Build(IndicatorBands bands, int index, string name, string scenarioName, YearMonth start, int replications)
    {
        var definition = bands.Definitions[index];
        var model = new PlotModel
        {
            Title = name,
            Subtitle = $"{scenarioName}: mean of {replications} replication{(replications == 1 ? "" : "s")}" + (replications > 1 ? ", 95 % interval" : ""),
            DefaultFont = Font,
            Background = OxyColors.White,
        };
        model.Legends.Add(new Legend { LegendPlacement = LegendPlacement.Outside, LegendPosition = LegendPosition.BottomCenter, LegendOrientation = LegendOrientation.Horizontal });
        model.Axes.Add(new DateTimeAxis { Position = AxisPosition.Bottom, StringFormat = "yyyy-MM", Title = "month" });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = $"{name} ({definition.Unit})" });
        var band = new AreaSeries { Title = "95 % interval", Color = OxyColor.FromAColor(70, OxyColors.SteelBlue), StrokeThickness = 0 };
        var mean = new LineSeries { Title = "mean", Color = OxyColors.SteelBlue, StrokeThickness = 2 };
        foreach (var (tick, m, lo, hi) in bands.Series(index))
        {
            var ym = start.AddMonths(tick);
            double x = DateTimeAxis.ToDouble(new DateTime(ym.Year, ym.Month, 1, 0, 0, 0, DateTimeKind.Utc));
            band.Points.Add(new DataPoint(x, hi));
            band.Points2.Add(new DataPoint(x, lo));
            mean.Points.Add(new DataPoint(x, m));
        }
        if (replications > 1) model.Series.Add(band);
        model.Series.Add(mean);
        return model;
    }
}
