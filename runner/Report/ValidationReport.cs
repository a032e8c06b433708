using System.Text;
using ClusterSim.Loader.Validation;
using ClusterSim.Runner.Output;
using ClusterSim.Runner.Statistics;
using ClusterSim.Runner.Validation;
using ClusterSim.Runner.Validation.Estimators;

namespace ClusterSim.Runner.Report;

/// <summary>
/// validation.html: the scorecard first (verdicts counted per region, then every row with its number, interval,
/// expectation, verdict and reason), then the pictures that say more than a row: firm sizes on log-log axes
/// against the target exponent, survival against the target points, shares against their bands, innovation
/// sources ranked, and every fact's difference with its interval. Self-contained, like the other reports.
/// </summary>
public static class ValidationReport
{
    /// <param name="results">The scorecard's rows.</param>
    /// <param name="figures">What the pictures draw, per condition.</param>
    /// <param name="manifest">The validation's manifest.</param>
    /// <param name="manifestJson">The same as written, for the provenance section.</param>
    /// <param name="folder">The output folder as its reader will find it.</param>
    public static string Html(IReadOnlyList<CheckResult> results, IReadOnlyList<ArmFigures> figures, ValidationManifest manifest, System.Text.Json.JsonElement manifestJson, string folder)
    {
        var body = new StringBuilder();
        body.Append("<h1>Validation scorecard</h1>");
        body.Append($"<p class=\"muted\">{Report.Html.Escape($"{results.Count} targets and facts, {manifest.Runs.Count} conditions simulated in {manifest.WallTimeSeconds:0} s on {manifest.Threads} threads, {manifest.StartedUtc[..10]}; engine {manifest.EngineVersion}" + (manifest.GitCommit is { } c ? $", commit {c[..Math.Min(12, c.Length)]}" : "") + (manifest.Overrides.Count > 0 ? "; overrides " + string.Join(" ", manifest.Overrides) : "") + $". Folder: {Path.GetFileName(folder)}.")}</p>");
        body.Append("<p class=\"bottom-line\">").Append(Report.Html.Escape(BottomLine(results))).Append("</p>");
        body.Append("<p class=\"muted\">A target passes when the mean over replications lies in its band. A fact passes when the 95 % interval of its (paired) difference lies wholly on the expected side; an interval that straddles zero is a miss. <em>By construction</em>: the compared outcome is written into a rule, so the test cannot fail for the reason the fact gives. <em>Not posable</em>: a mechanism the fact needs is missing.</p>");

        body.Append("<h2>Verdicts by region</h2>");
        var verdicts = Enum.GetValues<Verdict>();
        body.Append(Report.Html.Table(["<region", .. verdicts.Select(v => Judges.Name(v).Replace('_', ' '))],
            results.GroupBy(r => r.Check.Region).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (IReadOnlyList<string>)[g.Key.Length == 0 ? "(none)" : g.Key, .. verdicts.Select(v => g.Count(r => r.Outcome.Verdict == v).ToString())])));

        body.Append("<h2>Scorecard</h2>");
        // Long statistics, reasons and file paths wrap inside columns of fixed shares of the page, so no table runs
        // wider than the page (the style is this report's own, so the other reports keep their bytes).
        body.Append("<style>.fits table { table-layout: fixed; width: 100%; } .fits td { overflow-wrap: anywhere; vertical-align: top; }</style>");
        string scorecard = Report.Html.Table(["<id", "<region", "<statistic", "mean", "95 % interval", "<expected", "<verdict", "<reason"],
            results.Select(r => (IReadOnlyList<string>)[r.Check.Id, r.Check.Region, r.Check.Statistic, Number(r.Outcome.Mean),
                double.IsNaN(r.Outcome.Low) ? "–" : $"{Number(r.Outcome.Low)} to {Number(r.Outcome.High)}", r.Outcome.Expected,
                Judges.Name(r.Outcome.Verdict).Replace('_', ' '), r.Outcome.Reason]));
        const string columns = "<colgroup><col style=\"width:11%\"><col style=\"width:12%\"><col style=\"width:20%\"><col style=\"width:8%\"><col style=\"width:12%\"><col style=\"width:9%\"><col style=\"width:8%\"><col style=\"width:20%\"></colgroup>";
        body.Append("<div class=\"fits\">").Append(scorecard.Replace("<table>", "<table>" + columns)).Append("</div>");

        int plot = 0;
        string Plot(OxyPlot.PlotModel model) => Report.Html.InlinePlot(model, $"v{plot++}-");
        var targets = results.Where(r => !r.Check.IsFact).ToList();
        foreach (var figure in figures)
        {
            body.Append($"<h2>{Report.Html.Escape(figure.Scenario)}</h2>");
            var here = targets.Where(r => r.Check.Region == figure.Scenario).ToList();
            if (figure.Sizes.Count > 0 && Of(here, StatisticKind.SizeTailExponent).FirstOrDefault() is { } tail)
                body.Append(Plot(ValidationPlots.SizeCcdf(figure.Scenario, figure.Sizes, PowerLawTail.Fit(figure.Sizes, discrete: true), tail.Outcome.BandLow, tail.Outcome.BandHigh)));
            if (figure.Survival.Count > 0)
                body.Append(Plot(ValidationPlots.Survival(figure.Scenario, figure.Survival,
                    Of(here, StatisticKind.Survival).Select(r => (StatisticOf(r)!.Months!.Value, r.Outcome.BandLow, r.Outcome.BandHigh)).ToList())));
            var shares = here.Where(r => r.Check.Unit == Quantities.Share && r.Outcome.N > 0).ToList();
            if (shares.Count > 0)
                body.Append(Plot(ValidationPlots.Bands($"{figure.Scenario}: shares against their bands", "mean over replications with its 95 % interval; shaded: the target band",
                    shares.Select(r => new BandedValue(r.Check.Id, new MeanInterval(r.Outcome.Mean, r.Outcome.Low, r.Outcome.High), r.Outcome.BandLow, r.Outcome.BandHigh, r.Outcome.Verdict == Verdict.Pass)).ToList())));
            if (figure.Sources.Count > 0) body.Append(Plot(ValidationPlots.Sources(figure.Scenario, figure.Sources)));
        }

        var facts = results.Where(r => r.Check.IsFact && r.Outcome.N > 0 && r.Check.Form != "level").ToList();
        if (facts.Count > 0)
        {
            body.Append("<h2>Facts: the differences</h2>");
            body.Append(Plot(ValidationPlots.Facts(facts.Select(r => (Label: $"{r.Check.Id} · {r.Check.Region}", Standardised(r))).Select(x =>
                (x.Label, x.Item2.Mean, x.Item2.Low, x.Item2.High, x.Item2.Verdict)).ToList())));
        }
        body.Append("<div class=\"fits\">").Append(Provenance.Section(manifestJson, folder)).Append("</div>");
        return Report.Html.Page("Validation scorecard", body.ToString());
    }

    private static string BottomLine(IReadOnlyList<CheckResult> results)
    {
        var targets = results.Where(r => !r.Check.IsFact).ToList();
        var facts = results.Where(r => r.Check.IsFact).ToList();
        string Count(IEnumerable<CheckResult> rows) =>
            string.Join(", ", Enum.GetValues<Verdict>().Select(v => (v, n: rows.Count(r => r.Outcome.Verdict == v))).Where(x => x.n > 0)
                .Select(x => $"{x.n} {Judges.Name(x.v).Replace('_', ' ')}"));
        return $"Empirical targets: {targets.Count} checks ({Count(targets)}). Stylised facts and intervention directions: {facts.Count} checks ({Count(facts)}). Misses are the model's, shown as measured; nothing here is tuned to pass.";
    }

    private static IEnumerable<CheckResult> Of(IEnumerable<CheckResult> results, StatisticKind kind) =>
        results.Where(r => StatisticOf(r)?.Kind == kind);

    private static Statistic? StatisticOf(CheckResult r) => r.Check.Requests.FirstOrDefault()?.Measure is StatisticMeasure m ? m.Statistic : null;

    /// <summary>A fact's difference over its sd, oriented so the expected side is positive.</summary>
    private static (double Mean, double Low, double High, Verdict Verdict) Standardised(CheckResult r)
    {
        var o = r.Outcome;
        double sign = o.Expect == Direction.Lower ? -1 : 1, scale = o.Sd > 0 ? o.Sd : double.NaN;
        double a = sign * o.Low / scale, b = sign * o.High / scale;
        return (sign * o.Mean / scale, Math.Min(a, b), Math.Max(a, b), o.Verdict);
    }

    private static string Number(double x) => Report.Html.Number(x);
}
