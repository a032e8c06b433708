using ClusterSim.Runner.Sensitivity;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace ClusterSim.Runner.Output;

/// <summary>The plots of a sweep's analysis (sweep.html): Morris μ*–σ, Sobol S1 and ST with their intervals, and a variant's paired difference across the design.</summary>
public static class SweepPlots
{
    /// <summary>
    /// Morris's chart for one output: each parameter at (μ*, σ), its μ* interval as a horizontal bar. Far right means
    /// influential; high means its effect depends on the other parameters or is non-linear (above the line σ = μ*, the
    /// spread exceeds the mean effect).
    /// </summary>
    /// <param name="parameters">Each parameter's short name and measures.</param>
    /// <param name="noise">μ* that replication noise alone would give, drawn as a dashed line; null when unknown.</param>
    public static PlotModel Morris(string output, string subtitle, IReadOnlyList<(string Name, MorrisMeasures Measures)> parameters, double? noise = null)
    {
        var model = PlotWriter.NewModel($"{output}: Morris screening", subtitle);
        double reach = parameters.Select(p => Math.Max(Finite(p.Measures.MuStarHigh), Finite(p.Measures.Sigma))).Append(noise ?? 0).DefaultIfEmpty(1).Max();
        if (!(reach > 0)) reach = 1;
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "μ* (mean |elementary effect|, per unit of the parameter's range)", Minimum = 0, Maximum = 1.1 * reach });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "σ (sd of the elementary effects)", Minimum = 0, Maximum = 1.1 * reach });
        var intervals = new LineSeries { Title = "95 % bootstrap interval of μ*", Color = PlotWriter.Palette[1], StrokeThickness = 2 };
        var points = new ScatterSeries { Title = "parameter", MarkerType = MarkerType.Circle, MarkerSize = 6, MarkerFill = PlotWriter.Palette[0] };
        foreach (var (name, m) in parameters)
        {
            if (!double.IsFinite(m.MuStar) || !double.IsFinite(m.Sigma)) continue;
            intervals.Points.Add(new DataPoint(m.MuStarLow, m.Sigma));
            intervals.Points.Add(new DataPoint(m.MuStarHigh, m.Sigma));
            intervals.Points.Add(DataPoint.Undefined); // breaks the line between parameters
            points.Points.Add(new ScatterPoint(m.MuStar, m.Sigma));
            model.Annotations.Add(new TextAnnotation { Text = name, TextPosition = new DataPoint(m.MuStar, m.Sigma), TextHorizontalAlignment = HorizontalAlignment.Left,
                TextVerticalAlignment = VerticalAlignment.Bottom, Stroke = OxyColors.Transparent, FontSize = 10 });
        }
        model.Series.Add(intervals);
        model.Series.Add(points);
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.LinearEquation, Slope = 1, Intercept = 0, Color = OxyColors.LightGray, Text = "σ = μ*" });
        if (noise is double floor && double.IsFinite(floor))
            model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = floor, Color = OxyColors.Gray, LineStyle = LineStyle.Dash, Text = "replication noise" });
        return model;
    }

    /// <summary>
    /// Sobol's first-order and total indices for one output: per parameter (top row first) a dot for S1 and one for ST,
    /// each with its 95 % bootstrap interval drawn as it is (bootstrap intervals need not be symmetric).
    /// </summary>
    public static PlotModel Sobol(string output, string subtitle, IReadOnlyList<(string Name, SobolIndex First, SobolIndex Total)> parameters)
    {
        var model = PlotWriter.NewModel($"{output}: Sobol indices", subtitle);
        int n = parameters.Count;
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Left, StartPosition = 1, EndPosition = 0, Minimum = -0.5, Maximum = n - 0.5, MajorStep = 1, MinorStep = 1,
            LabelFormatter = v => Math.Abs(v - Math.Round(v)) < 1e-9 && v >= 0 && v < n ? parameters[(int)Math.Round(v)].Name : "",
            MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = OxyColors.LightGray,
        });
        double low = Math.Min(0, parameters.SelectMany(p => new[] { p.First.Low, p.Total.Low }).Where(double.IsFinite).DefaultIfEmpty(0).Min());
        double high = Math.Max(1, parameters.SelectMany(p => new[] { p.First.High, p.Total.High }).Where(double.IsFinite).DefaultIfEmpty(1).Max());
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "share of the output's variance", Minimum = low - 0.02, Maximum = high + 0.02 });
        foreach (var (index, title, colour, offset) in new[] { (0, "first order S1 (alone)", PlotWriter.Palette[0], -0.15), (1, "total ST (with its interactions)", PlotWriter.Palette[1], 0.15) })
        {
            var intervals = new LineSeries { Color = colour, StrokeThickness = 2 };
            var points = new ScatterSeries { Title = title, MarkerType = MarkerType.Circle, MarkerSize = 5, MarkerFill = colour };
            for (int i = 0; i < n; i++)
            {
                var s = index == 0 ? parameters[i].First : parameters[i].Total;
                if (!double.IsFinite(s.Estimate)) continue;
                points.Points.Add(new ScatterPoint(s.Estimate, i + offset));
                if (!double.IsFinite(s.Low) || !double.IsFinite(s.High)) continue;
                intervals.Points.Add(new DataPoint(s.Low, i + offset));
                intervals.Points.Add(new DataPoint(s.High, i + offset));
                intervals.Points.Add(DataPoint.Undefined);
            }
            model.Series.Add(intervals);
            model.Series.Add(points);
        }
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = 0, Color = OxyColors.Black });
        return model;
    }

    /// <summary>A variant's paired difference against the base at each point of the design, against one parameter's value, with 95 % intervals.</summary>
    public static PlotModel DifferenceAcross(string title, string subtitle, string parameter, IReadOnlyList<(double X, double Mean, double Low, double High)> points)
    {
        var model = PlotWriter.NewModel(title, subtitle);
        var shown = points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Mean)).ToList();
        // The axes span every interval, and zero, with a margin, so no whisker is cut at the frame.
        double low = Math.Min(0, shown.Select(p => double.IsFinite(p.Low) ? p.Low : p.Mean).DefaultIfEmpty(0).Min());
        double high = Math.Max(0, shown.Select(p => double.IsFinite(p.High) ? p.High : p.Mean).DefaultIfEmpty(0).Max());
        double left = shown.Select(p => p.X).DefaultIfEmpty(0).Min(), right = shown.Select(p => p.X).DefaultIfEmpty(1).Max();
        double margin = Math.Max(0.05 * (high - low), 1e-9), side = Math.Max(0.05 * (right - left), 1e-9);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = parameter, Minimum = left - side, Maximum = right + side });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "variant − base", Minimum = low - margin, Maximum = high + margin, StringFormat = "#,0.###" });
        var series = new ScatterErrorSeries { Title = "paired difference at a point, with its 95 % interval", MarkerType = MarkerType.Circle, MarkerSize = 5,
            MarkerFill = PlotWriter.Palette[0], ErrorBarColor = PlotWriter.Palette[1], ErrorBarStrokeThickness = 1.5 };
        foreach (var (x, mean, lower, upper) in shown)
            series.Points.Add(new ScatterErrorPoint(x, mean, 0, double.IsFinite(upper) ? Math.Max(upper - mean, mean - lower) : 0));
        model.Series.Add(series);
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = 0, Color = OxyColors.Black });
        return model;
    }

    private static double Finite(double x) => double.IsFinite(x) ? x : 0;
}
