using ClusterSim.Runner.Statistics;
using ClusterSim.Runner.Validation.Estimators;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace ClusterSim.Runner.Output;

/// <summary>A level check for a picture: its label, the simulated mean with its interval, the band and whether it passed.</summary>
public sealed record BandedValue(string Label, MeanInterval Value, double BandLow, double BandHigh, bool Pass);

/// <summary>The pictures of validation.html: each draws the model's output against what the target or fact expects.</summary>
public static class ValidationPlots
{
    private static readonly OxyColor PassColour = PlotWriter.Palette[2], MissColour = PlotWriter.Palette[1], BandColour = OxyColor.FromAColor(70, PlotWriter.Palette[5]);

    /// <summary>
    /// The complementary cumulative distribution of firm sizes on log-log axes, P(S ≥ s), with lines of the fitted
    /// exponent and the band's ends from the cut-off: a Zipf tail is a straight line of slope −α.
    /// </summary>
    public static PlotModel SizeCcdf(string scenario, IReadOnlyList<double> sizes, PowerLawFit? fit, double bandLow, double bandHigh)
    {
        var model = PlotWriter.NewModel($"{scenario}: firm sizes, P(S ≥ s)", fit is null
            ? "too few firms in the tail for a fit"
            : $"fitted α = {Html(fit.Alpha)} ± {Html(fit.StandardError)} above s_min = {fit.Cutoff:0}; target band {Html(bandLow)}–{Html(bandHigh)}");
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Bottom, Title = "employees s" });
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Left, Title = "share of firms with at least s employees" });
        var sorted = sizes.Where(s => s >= 1).Order().ToArray();
        var ccdf = new ScatterSeries { Title = "simulated (all replications)", MarkerType = MarkerType.Circle, MarkerSize = 2.5, MarkerFill = PlotWriter.Palette[0] };
        for (int i = 0; i < sorted.Length; i++)
            if (i == 0 || sorted[i] != sorted[i - 1]) ccdf.Points.Add(new ScatterPoint(sorted[i], (sorted.Length - i) / (double)sorted.Length));
        model.Series.Add(ccdf);
        if (fit is not null && sorted.Length > 0)
        {
            double atCutoff = sorted.Count(s => s >= fit.Cutoff) / (double)sorted.Length, top = sorted[^1];
            LineSeries Line(double alpha, string title, LineStyle style, OxyColor colour)
            {
                var line = new LineSeries { Title = title, LineStyle = style, Color = colour, StrokeThickness = 1.5 };
                line.Points.Add(new DataPoint(fit.Cutoff, atCutoff));
                line.Points.Add(new DataPoint(top, atCutoff * Math.Pow(top / fit.Cutoff, -alpha)));
                return line;
            }
            model.Series.Add(Line(fit.Alpha, $"fitted α = {Html(fit.Alpha)}", LineStyle.Solid, PlotWriter.Palette[1]));
            model.Series.Add(Line(bandLow, $"band ends α = {Html(bandLow)} and {Html(bandHigh)}", LineStyle.Dash, OxyColors.Gray));
            model.Series.Add(Line(bandHigh, null!, LineStyle.Dash, OxyColors.Gray));
        }
        return model;
    }

    /// <summary>The survival curve of firms born during the run (Kaplan–Meier, pooled) with the target bands at their horizons.</summary>
    public static PlotModel Survival(string scenario, IReadOnlyList<SurvivalStep> steps, IReadOnlyList<(int Months, double Low, double High)> targets)
    {
        var model = PlotWriter.NewModel($"{scenario}: survival of firms born during the run", "Kaplan–Meier over all replications, censored at the run's end; bars: the target bands");
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "age (years)", Minimum = 0 });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "share still alive", Minimum = 0, Maximum = 1.02 });
        var curve = new StairStepSeries { Title = "simulated", Color = PlotWriter.Palette[0], StrokeThickness = 2, VerticalStrokeThickness = 1 };
        curve.Points.Add(new DataPoint(0, 1));
        foreach (var step in steps) curve.Points.Add(new DataPoint(step.Time / 12.0, step.Survival));
        model.Series.Add(curve);
        var bands = new ScatterErrorSeries { Title = "target band", MarkerType = MarkerType.Diamond, MarkerSize = 4, MarkerFill = MissColour, ErrorBarColor = MissColour, ErrorBarStrokeThickness = 2 };
        foreach (var (months, low, high) in targets) bands.Points.Add(new ScatterErrorPoint(months / 12.0, (low + high) / 2, 0, (high - low) / 2));
        model.Series.Add(bands);
        return model;
    }

    /// <summary>Shares against their bands: the band as a shaded bar, the simulated mean with its interval as a point, green where it passes.</summary>
    public static PlotModel Bands(string title, string subtitle, IReadOnlyList<BandedValue> rows)
    {
        var model = PlotWriter.NewModel(title, subtitle);
        var categories = new CategoryAxis { Position = AxisPosition.Left, StartPosition = 1, EndPosition = 0 };
        categories.Labels.AddRange(rows.Select(r => r.Label));
        model.Axes.Add(categories);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "share", Minimum = 0, Maximum = 1 });
        for (int i = 0; i < rows.Count; i++)
        {
            double low = double.IsNaN(rows[i].BandLow) ? 0 : rows[i].BandLow, high = double.IsNaN(rows[i].BandHigh) ? 1 : rows[i].BandHigh;
            model.Annotations.Add(new RectangleAnnotation { MinimumX = low, MaximumX = high, MinimumY = i - 0.3, MaximumY = i + 0.3, Fill = BandColour, Layer = AnnotationLayer.BelowSeries });
        }
        foreach (bool pass in new[] { true, false })
        {
            var points = new ScatterErrorSeries
            {
                Title = pass ? "simulated, in the band" : "simulated, outside the band", MarkerType = MarkerType.Circle, MarkerSize = 4,
                MarkerFill = pass ? PassColour : MissColour, ErrorBarColor = pass ? PassColour : MissColour, ErrorBarStrokeThickness = 1.5,
            };
            for (int i = 0; i < rows.Count; i++)
                if (rows[i].Pass == pass && double.IsFinite(rows[i].Value.Mean))
                    points.Points.Add(new ScatterErrorPoint(rows[i].Value.Mean, i, (rows[i].Value.High - rows[i].Value.Low) / 2, 0));
            if (points.Points.Count > 0) model.Series.Add(points);
        }
        return model;
    }

    /// <summary>Share of innovation events by the channel of the knowledge that triggered them, largest first.</summary>
    public static PlotModel Sources(string scenario, IReadOnlyList<(string Channel, double Share)> shares)
    {
        var ranked = shares.Where(s => double.IsFinite(s.Share)).OrderByDescending(s => s.Share).ToList();
        var model = PlotWriter.NewModel($"{scenario}: sources of innovation", "share of innovation events by the channel of their triggering knowledge, all replications");
        var categories = new CategoryAxis { Position = AxisPosition.Left, StartPosition = 1, EndPosition = 0 };
        categories.Labels.AddRange(ranked.Select(s => s.Channel.Replace('_', ' ')));
        model.Axes.Add(categories);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "share of innovation events", Minimum = 0 });
        var bars = new BarSeries { FillColor = PlotWriter.Palette[0] };
        foreach (var s in ranked) bars.Items.Add(new BarItem(s.Share));
        model.Series.Add(bars);
        return model;
    }

    /// <summary>
    /// Each fact's difference in units of its own spread (d = mean / sd, with its interval scaled alike), so facts in
    /// different units share one axis; green where the verdict is pass, orange otherwise, grey for by construction.
    /// </summary>
    public static PlotModel Facts(IReadOnlyList<(string Label, double Mean, double Low, double High, Validation.Verdict Verdict)> rows)
    {
        var model = PlotWriter.NewModel("Stylised facts and intervention directions", "difference in the expected direction over its sd across replications, with the 95 % interval; right of zero is the expected side");
        var categories = new CategoryAxis { Position = AxisPosition.Left, StartPosition = 1, EndPosition = 0 };
        categories.Labels.AddRange(rows.Select(r => r.Label));
        model.Axes.Add(categories);
        double extreme = rows.SelectMany(r => new[] { r.Low, r.High }).Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(1).Max();
        double limit = Math.Min(Math.Max(1, extreme * 1.1), 20);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "standardised difference (expected side positive; clipped at ±20)", Minimum = -limit, Maximum = limit });
        foreach (var verdict in new[] { Validation.Verdict.Pass, Validation.Verdict.Miss, Validation.Verdict.ByConstruction })
        {
            var colour = verdict switch { Validation.Verdict.Pass => PassColour, Validation.Verdict.Miss => MissColour, _ => OxyColors.Gray };
            var points = new ScatterErrorSeries
            {
                Title = Validation.Judges.Name(verdict).Replace('_', ' '), MarkerType = MarkerType.Circle, MarkerSize = 4, MarkerFill = colour, ErrorBarColor = colour, ErrorBarStrokeThickness = 1.5,
            };
            for (int i = 0; i < rows.Count; i++)
                if (rows[i].Verdict == verdict && double.IsFinite(rows[i].Mean))
                    points.Points.Add(new ScatterErrorPoint(Math.Clamp(rows[i].Mean, -limit, limit), i, Math.Min(limit, (rows[i].High - rows[i].Low) / 2), 0));
            if (points.Points.Count > 0) model.Series.Add(points);
        }
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = 0, Color = OxyColors.Black });
        return model;
    }

    private static string Html(double x) => Report.Html.Number(x);
}
