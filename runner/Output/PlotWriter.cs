using System.Text;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Runner.Statistics;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;
using OxyPlot.SkiaSharp;
using SkiaSharp;

namespace ClusterSim.Runner.Output;

/// <summary>One line of a plot: a scenario's mean over replications by tick, with its 95 % band.</summary>
/// <param name="Label">The scenario's name.</param>
/// <param name="Points">Mean and interval by tick, in tick order.</param>
public sealed record BandSeries(string Label, IReadOnlyList<(int Tick, MeanInterval Value)> Points);

/// <summary>
/// The plots of runs and comparisons, as PNG and SVG (SkiaSharp's exporters for both; OxyPlot.Core's SVG
/// misplaces text): an indicator over time with one line and band per scenario, dates on the time axis,
/// and final-year paired differences with their intervals, one bar per variant. Legends sit below the data.
/// </summary>
public static class PlotWriter
{
    public const int Width = 900, Height = 500;

    /// <summary>Line colours in scenario order: the base first, then variants (Okabe–Ito, readable with colour blindness).</summary>
    public static readonly OxyColor[] Palette =
    [
        OxyColor.FromRgb(0x00, 0x72, 0xB2), OxyColor.FromRgb(0xD5, 0x5E, 0x00), OxyColor.FromRgb(0x00, 0x9E, 0x73),
        OxyColor.FromRgb(0xCC, 0x79, 0xA7), OxyColor.FromRgb(0xE6, 0x9F, 0x00), OxyColor.FromRgb(0x56, 0xB4, 0xE9),
    ];

    /// <summary>An indicator over time, one line per scenario with its band when there are several replications.</summary>
    /// <param name="indicator">Indicator name (the title).</param>
    /// <param name="unit">Its unit (the value axis).</param>
    /// <param name="subtitle">What the lines are.</param>
    /// <param name="start">Calendar month of tick 0.</param>
    /// <param name="series">One per scenario.</param>
    /// <param name="bands">Draw the 95 % bands.</param>
    /// <param name="markTick">A tick to mark with a vertical line (a fork), or null.</param>
    public static PlotModel OverTime(string indicator, string unit, string subtitle, YearMonth start, IReadOnlyList<BandSeries> series, bool bands, int? markTick = null)
    {
        var model = NewModel(indicator, subtitle);
        var time = new DateTimeAxis { Position = AxisPosition.Bottom, StringFormat = "yyyy-MM", Title = "month" };
        model.Axes.Add(time);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = $"{indicator} ({unit})" });
        for (int i = 0; i < series.Count; i++)
        {
            var colour = Palette[i % Palette.Length];
            var band = new AreaSeries { Title = series.Count == 1 ? "95 % interval" : null, Color = OxyColor.FromAColor(60, colour), StrokeThickness = 0 };
            var mean = new LineSeries { Title = series.Count == 1 ? "mean" : series[i].Label, Color = colour, StrokeThickness = 2 };
            foreach (var (tick, value) in series[i].Points)
            {
                double x = X(start, tick);
                band.Points.Add(new DataPoint(x, value.High));
                band.Points2.Add(new DataPoint(x, value.Low));
                mean.Points.Add(new DataPoint(x, value.Mean));
            }
            if (bands) model.Series.Add(band);
            model.Series.Add(mean);
        }
        if (markTick is int fork)
        {
            // A fork before the first plotted month (inside the burn-in) still shows, at the axis's left end.
            int first = series.SelectMany(x => x.Points).Select(p => p.Tick).DefaultIfEmpty(fork).Min();
            if (fork < first) time.Minimum = X(start, fork);
            model.Annotations.Add(new OxyPlot.Annotations.LineAnnotation { Type = OxyPlot.Annotations.LineAnnotationType.Vertical, X = X(start, fork), Color = OxyColors.Gray, LineStyle = LineStyle.Dash, Text = "fork" });
        }
        return model;
    }

    /// <summary>The paired difference variant − base over time with its 95 % band, and a line at zero: the effect itself, not two overlapping bands.</summary>
    /// <param name="label">The indicator's label (the title).</param>
    /// <param name="unit">Its unit (the value axis).</param>
    /// <param name="subtitle">Which variant against which base, over how many replications.</param>
    /// <param name="start">Calendar month of tick 0.</param>
    /// <param name="difference">The difference by tick.</param>
    /// <param name="markTick">A fork to mark, or null.</param>
    public static PlotModel DifferenceOverTime(string label, string unit, string subtitle, YearMonth start, BandSeries difference, int? markTick = null)
    {
        var model = OverTime(label, unit, subtitle, start, [difference], bands: true, markTick);
        model.Title = $"{label}: difference from the base";
        model.Axes[1].Title = $"difference ({unit})";
        model.Annotations.Add(new OxyPlot.Annotations.LineAnnotation { Type = OxyPlot.Annotations.LineAnnotationType.Horizontal, Y = 0, Color = OxyColors.Black });
        return model;
    }

    /// <summary>
    /// A forest plot of the headline effects: one row per indicator and variant, the paired difference as a
    /// percentage of the base's mean with its 95 % interval, so effects in different units share one axis;
    /// effects distinguishable from noise (as the bottom line decides) in colour, the others grey.
    /// </summary>
    /// <param name="subtitle">The window and how the effects were tested.</param>
    /// <param name="rows">Label, difference in % of the base with its interval, and whether it is distinguishable, top row first.</param>
    public static PlotModel Forest(string subtitle, IReadOnlyList<(string Label, MeanInterval Percent, bool Distinguishable)> rows)
    {
        var model = NewModel("Headline effects: difference from the base", subtitle);
        var categories = new CategoryAxis { Position = AxisPosition.Left, StartPosition = 1, EndPosition = 0 };
        categories.Labels.AddRange(rows.Select(r => r.Label));
        model.Axes.Add(categories);
        // The axis spans every interval and zero, with a margin, so no whisker is cut at the frame.
        double low = Math.Min(0, rows.Select(r => r.Percent.Low).Where(double.IsFinite).DefaultIfEmpty(0).Min());
        double high = Math.Max(0, rows.Select(r => r.Percent.High).Where(double.IsFinite).DefaultIfEmpty(0).Max());
        double margin = Math.Max(0.05 * (high - low), 0.5);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "variant − base, % of the base's mean", Minimum = low - margin, Maximum = high + margin });
        foreach (bool clear in new[] { true, false })
        {
            var points = new ScatterErrorSeries
            {
                Title = clear ? "distinguishable from noise" : "not distinguishable from noise", MarkerType = MarkerType.Circle, MarkerSize = 4,
                MarkerFill = clear ? Palette[0] : OxyColors.Gray, ErrorBarColor = clear ? Palette[0] : OxyColors.Gray, ErrorBarStrokeThickness = 1.5,
            };
            for (int i = 0; i < rows.Count; i++)
                if (rows[i].Distinguishable == clear)
                    points.Points.Add(new ScatterErrorPoint(rows[i].Percent.Mean, i, rows[i].Percent.High - rows[i].Percent.Mean, 0));
            if (points.Points.Count > 0) model.Series.Add(points);
        }
        model.Annotations.Add(new OxyPlot.Annotations.LineAnnotation { Type = OxyPlot.Annotations.LineAnnotationType.Vertical, X = 0, Color = OxyColors.Black });
        return model;
    }

    /// <summary>Paired differences variant − base with their 95 % intervals, one bar per variant.</summary>
    /// <param name="indicator">Indicator name.</param>
    /// <param name="unit">Its unit.</param>
    /// <param name="subtitle">Which window and how many replications.</param>
    /// <param name="differences">Variant name and its difference, in variant order.</param>
    public static PlotModel Differences(string indicator, string unit, string subtitle, IReadOnlyList<(string Variant, MeanInterval Difference)> differences)
    {
        var model = NewModel($"{indicator}: difference from the base", subtitle);
        var categories = new CategoryAxis { Position = AxisPosition.Left, Title = "variant" };
        categories.Labels.AddRange(differences.Select(d => d.Variant));
        model.Axes.Add(categories);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = $"variant − base ({unit})" });
        var bars = new ErrorBarSeries { Title = "mean paired difference with 95 % interval", FillColor = Palette[1], StrokeColor = OxyColors.Black, StrokeThickness = 1 };
        foreach (var (_, d) in differences) bars.Items.Add(new ErrorBarItem { Value = d.Mean, Error = d.High - d.Mean });
        model.Series.Add(bars);
        model.Annotations.Add(new OxyPlot.Annotations.LineAnnotation { Type = OxyPlot.Annotations.LineAnnotationType.Vertical, X = 0, Color = OxyColors.Black });
        return model;
    }

    /// <summary>
    /// Writes each plot as <c>plots/NAME.png</c> and <c>.svg</c>. A plot that cannot be drawn costs nothing else: it
    /// is left out (no half-written file), one line on <paramref name="log"/> names it and the cause, and the other
    /// plots are still drawn.
    /// </summary>
    /// <param name="plots">Name and plot.</param>
    /// <param name="pathOf">Path of a file in the output folder.</param>
    /// <param name="log">Where the line goes.</param>
    /// <returns>The names of the plots not drawn, for the manifest.</returns>
    public static IReadOnlyList<string> SaveAll(IEnumerable<(string Name, PlotModel Plot)> plots, Func<string, string> pathOf, TextWriter log)
    {
        var missing = new List<string>();
        foreach (var (name, plot) in plots)
        {
            string path = pathOf($"plots/{name}");
            try
            {
                Save(plot, path);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                foreach (string file in new[] { path + ".png", path + ".svg" })
                    if (File.Exists(file)) File.Delete(file);
                log.WriteLine($"plots/{name}: not drawn: {e.Message}");
                missing.Add(name);
            }
        }
        return missing;
    }

    /// <summary>Writes <c>NAME.png</c> and <c>NAME.svg</c>.</summary>
    /// <param name="model">The plot.</param>
    /// <param name="path">Path without extension.</param>
    public static void Save(PlotModel model, string path)
    {
        File.WriteAllBytes(path + ".png", Png(model));
        File.WriteAllText(path + ".svg", Svg(model));
    }

    /// <summary>The plot as a PNG image (as OxyPlot's PngExporter draws it, with the embedded fonts).</summary>
    /// <param name="model">The plot.</param>
    public static byte[] Png(PlotModel model)
    {
        using var bitmap = new SKBitmap(Width, Height);
        using (var canvas = new SKCanvas(bitmap))
        using (var context = PlotFonts.Context(canvas, RenderTarget.PixelGraphic, textShaping: true))
        {
            ((IPlotModel)model).Update(true);
            canvas.Clear(model.Background.ToSKColor());
            ((IPlotModel)model).Render(context, new OxyRect(0, 0, Width, Height));
        }
        using var png = new MemoryStream();
        using (var stream = new SKManagedWStream(png)) bitmap.Encode(stream, SKEncodedImageFormat.Png, 0);
        return png.ToArray();
    }

    /// <summary>The plot as an SVG document (as OxyPlot's SvgExporter draws it, with the embedded fonts).</summary>
    /// <param name="model">The plot.</param>
    public static string Svg(PlotModel model)
    {
        using var svg = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), svg))
        // Text shaping does not work on Skia's SVG canvas; the SVG viewer shapes the text itself.
        using (var context = PlotFonts.Context(canvas, RenderTarget.VectorGraphic, textShaping: false))
        {
            ((IPlotModel)model).Update(true);
            canvas.Clear(model.Background.ToSKColor());
            ((IPlotModel)model).Render(context, new OxyRect(0, 0, Width, Height));
        }
        return Encoding.UTF8.GetString(svg.ToArray());
    }

    internal static PlotModel NewModel(string title, string subtitle)
    {
        var model = new PlotModel { Title = title, Subtitle = subtitle, DefaultFont = PlotFonts.Family, Background = OxyColors.White };
        model.Legends.Add(new Legend { LegendPlacement = LegendPlacement.Outside, LegendPosition = LegendPosition.BottomCenter, LegendOrientation = LegendOrientation.Horizontal });
        return model;
    }

    private static double X(YearMonth start, int tick)
    {
        var ym = start.AddMonths(tick);
        return DateTimeAxis.ToDouble(new DateTime(ym.Year, ym.Month, 1, 0, 0, 0, DateTimeKind.Utc));
    }
}
