using System.Text;
using System.Text.Json;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;
using ClusterSim.Runner.Output;
using ClusterSim.Runner.Statistics;
using ClusterSim.Runner.Tables;
using OxyPlot;

namespace ClusterSim.Runner.Report;

/// <summary>
/// A comparison read back from its folder (comparison and tick tables, manifests, resolved scenarios): its
/// plots and its <c>report.html</c>. Reading the files rather than the runs' memory means <c>clustersim report</c>
/// rebuilds exactly what <c>compare</c> wrote.
/// </summary>
public sealed class ComparisonReport
{
    private readonly string _folder;
    private readonly JsonElement _manifest;
    private readonly TableReader _summary;
    private readonly TableReader _ticks;
    private readonly IReadOnlyList<Scenario> _scenarios;
    private readonly YearMonth _start;
    private TableReader? _baseIndicators;

    private ComparisonReport(string folder, string shownFolder)
    {
        _folder = folder;
        _shownFolder = shownFolder;
        _manifest = Provenance.ReadManifest(folder);
        _summary = TableReader.Read(Path.Combine(folder, "comparison.parquet"));
        _ticks = TableReader.Read(Path.Combine(folder, "comparison_ticks.parquet"));
        var names = _manifest.GetProperty("variants").EnumerateArray().Select(v => v.GetString()!).Prepend(_manifest.GetProperty("base").GetString()!);
        _scenarios = names.Select(n => ScenarioLoader.Load(Path.Combine(folder, "scenarios", n, "resolved_scenario.yaml")).Scenario).ToList();
        _start = _scenarios[0].Run.Start;
        Indicators = _manifest.GetProperty("indicators").EnumerateArray().Select(i => i.GetString()!).ToList();
        ForkTick = _manifest.TryGetProperty("fork_at", out var fork) && fork.ValueKind == JsonValueKind.Number ? fork.GetInt32() : null;
    }

    public IReadOnlyList<string> Indicators { get; }

    /// <summary>The tick the scenarios forked from a shared history at, or null.</summary>
    public int? ForkTick { get; }

    private Scenario Base => _scenarios[0];
    private IEnumerable<Scenario> Variants => _scenarios.Skip(1);

    /// <param name="folder">A folder <c>clustersim compare</c> wrote.</param>
    /// <param name="finalFolder">Where the folder will be once renamed into place, when it is read from its staging name.</param>
    public static ComparisonReport Load(string folder, string? finalFolder = null) => new(folder, Path.GetFullPath(finalFolder ?? folder));

    /// <summary>The folder the report names: where its data will be for the reader.</summary>
    private readonly string _shownFolder;

    /// <summary>
    /// Writes <c>plots/headline_effects.png|svg</c> (the forest plot of the final-year effects) and, per compared indicator, <c>plots/INDICATOR_difference_over_time_VARIANT.png|svg</c> (the paired
    /// difference over time with its band, one small multiple per variant), <c>plots/INDICATOR.png|svg</c> (the
    /// scenarios overlaid) and <c>plots/INDICATOR_difference.png|svg</c> (final-year differences).
    /// </summary>
    /// <param name="pathOf">Path of a file in the output folder.</param>
    /// <param name="log">Where a plot that cannot be drawn is named.</param>
    /// <returns>The plots not drawn.</returns>
    public IReadOnlyList<string> SavePlots(Func<string, string> pathOf, TextWriter log) => PlotWriter.SaveAll(Plots(), pathOf, log);

    private IEnumerable<(string Name, PlotModel Plot)> Plots()
    {
        var findings = Findings(ComparisonWindow.FinalYear);
        return Indicators.SelectMany(PlotsOf).Prepend(("headline_effects", ForestPlot(findings, BottomLine.Distinguishable(findings))));
    }

    /// <summary>An indicator's plots, the difference over time first: it is what the comparison is about.</summary>
    private IEnumerable<(string Name, PlotModel Plot)> PlotsOf(string indicator)
    {
        int n = Replications;
        {
            string unit = UnitOf(indicator);
            foreach (var v in Variants)
                yield return ($"{indicator}_difference_over_time_{v.Name}", PlotWriter.DifferenceOverTime(Wording.Label(indicator), unit,
                    $"{v.Name} − {Base.Name}: mean paired difference of {n} replications with its 95 % interval", _start, DifferenceOverTime(v.Name, indicator), ForkTick));
            string subtitle = $"mean of {n} paired replications, 95 % intervals" + (ForkTick is int f ? $"; forked at {_start.AddMonths(f)} (tick {f}) from a shared history" : "");
            yield return (indicator, PlotWriter.OverTime(indicator, unit, subtitle, _start, OverTime(indicator), bands: true, ForkTick));
            var differences = Variants.Select(v => (v.Name, Row(v.Name, indicator, ComparisonWindow.FinalYear)?.Difference)).Where(d => d.Difference is not null)
                .Select(d => (d.Name, d.Difference!.Value)).ToList();
            if (differences.Count > 0)
                yield return ($"{indicator}_difference", PlotWriter.Differences(indicator, unit, $"final year, {n} paired replications", differences));
        }
    }

    private int Replications => _manifest.GetProperty("replications").GetInt32();

    private string UnitOf(string indicator)
    {
        var names = _summary.Text("indicator");
        int i = Array.IndexOf(names, indicator);
        return i >= 0 ? _summary.Text("unit")[i] : "";
    }

    /// <summary>Base and each variant by tick, from comparison_ticks (the base's band is the same in every variant's rows).</summary>
    private List<BandSeries> OverTime(string indicator)
    {
        var t = _ticks;
        string[] variant = t.Text("variant"), name = t.Text("indicator");
        int[] tick = t.Ints("tick");
        List<(int, MeanInterval)> Points(string v, string prefix)
        {
            double[] mean = t.Doubles(prefix + "_mean"), low = t.Doubles(prefix + "_lo"), high = t.Doubles(prefix + "_hi");
            return Enumerable.Range(0, t.Rows).Where(i => variant[i] == v && name[i] == indicator)
                .Select(i => (tick[i], new MeanInterval(mean[i], low[i], high[i]))).ToList();
        }
        var first = Variants.First().Name;
        var basePoints = SharedHistory(indicator).Concat(Points(first, "base")).ToList();
        return Variants.Select(v => new BandSeries(v.Name, Points(v.Name, "variant"))).Prepend(new BandSeries(Base.Name, basePoints)).ToList();
    }

    /// <summary>The paired difference variant − base by tick, from comparison_ticks.</summary>
    private BandSeries DifferenceOverTime(string variant, string indicator)
    {
        var t = _ticks;
        string[] variants = t.Text("variant"), name = t.Text("indicator");
        int[] tick = t.Ints("tick");
        double[] mean = t.Doubles("diff_mean"), low = t.Doubles("diff_lo"), high = t.Doubles("diff_hi");
        return new BandSeries(variant, Enumerable.Range(0, t.Rows).Where(i => variants[i] == variant && name[i] == indicator)
            .Select(i => (tick[i], new MeanInterval(mean[i], low[i], high[i]))).ToList());
    }

    /// <summary>Before a fork every scenario is the base: its ticks from burn-in to the fork, read from its own indicators, lead into the branches.</summary>
    private IEnumerable<(int, MeanInterval)> SharedHistory(string indicator)
    {
        if (ForkTick is not int fork) return [];
        _baseIndicators ??= TableReader.Read(Path.Combine(_folder, "scenarios", Base.Name, "indicators.parquet"));
        var tick = _baseIndicators.Ints("tick");
        var values = _baseIndicators.Doubles(indicator);
        return Enumerable.Range(0, _baseIndicators.Rows).Where(i => tick[i] < fork).GroupBy(i => tick[i]).OrderBy(g => g.Key)
            .Select(g => (g.Key, MeanInterval.Of(g.Select(i => values[i]).ToArray()))).ToList();
    }

    private sealed record SummaryRow(string Unit, int N, MeanInterval Base, MeanInterval Variant, MeanInterval Difference, double Dz, double Sign, double VarPaired, double VarUnpaired, double Spend, double CostEffectiveness, string Method, MeanInterval CostPerUnit);

    private SummaryRow? Row(string variant, string indicator, ComparisonWindow window)
    {
        string w = ScenarioSchema.EnumName(window);
        var s = _summary;
        for (int i = 0; i < s.Rows; i++)
        {
            if (s.Text("variant")[i] != variant || s.Text("indicator")[i] != indicator || s.Text("time_window")[i] != w) continue;
            MeanInterval Interval(string prefix) => new(s.Doubles(prefix + "_mean")[i], s.Doubles(prefix + "_lo")[i], s.Doubles(prefix + "_hi")[i]);
            return new SummaryRow(s.Text("unit")[i], s.Ints("n")[i], Interval("base"), Interval("variant"), Interval("diff"),
                s.Doubles("effect_size_dz")[i], s.Doubles("sign_agreement")[i], s.Doubles("var_paired")[i], s.Doubles("var_unpaired")[i],
                s.Doubles("spend_diff")[i], s.Doubles("cost_effectiveness")[i], s.Text("interval_method")[i],
                new MeanInterval(s.Doubles("cost_per_unit")[i], s.Doubles("cost_per_unit_lo")[i], s.Doubles("cost_per_unit_hi")[i]));
        }
        return null;
    }

    public string Html()
    {
        var body = new StringBuilder();
        string name = _manifest.GetProperty("comparison").GetString()!;
        body.Append($"<h1>Comparison: {Report.Html.Escape(name)}</h1>");
        var findings = Findings(ComparisonWindow.FinalYear);
        var distinguishable = BottomLine.Distinguishable(findings);
        body.Append(BottomLine.Html(findings, distinguishable, "final year"));
        body.Append($"<p class=\"muted\">{Replications} paired replications per scenario on common random numbers (replication r of every scenario uses seed {Base.Run.Seed} + r)");
        if (ForkTick is int fork) body.Append($"; all scenarios share the history up to the fork at tick {fork} ({_start.AddMonths(fork)}) and are compared after it");
        body.Append(".</p>");

        body.Append("<h2>What was compared</h2>");
        body.Append($"<p><b>Base: {Report.Html.Escape(Base.Name)}</b>. {Report.Html.Escape(Base.Description)}</p><ul>");
        foreach (var v in Variants)
        {
            var changed = ScenarioDiff.Differences(Base, v, typeof(Scenario)).Where(d => d is not "name" and not "description").ToList();
            body.Append($"<li><b>{Report.Html.Escape(v.Name)}</b>: {Report.Html.Escape(v.Description)} <span class=\"muted\">Changes: {Report.Html.Escape(string.Join(", ", changed.Take(8)))}{(changed.Count > 8 ? ", …" : "")}.</span></li>");
        }
        body.Append($"</ul><p class=\"muted\">Run: {Base.Run.Ticks} months from {Base.Run.Start}, the first {Base.Run.BurnInTicks} as burn-in; {Base.Population.People:N0} people.</p>");

        body.Append("<h2>Headline differences</h2>");
        body.Append("<p class=\"muted\">Final year (the last 12 months), variant minus base, mean over replications with its 95 % confidence interval; " +
                    "intervals are Student's t, or a percentile bootstrap where t would include values the quantity cannot take (a count below 0, a share above 1), as each line says; " +
                    "whether a difference can be told from noise is decided for all of them together (Holm), as in the bottom line.</p><ul>");
        for (int i = 0; i < findings.Count; i++)
            body.Append($"<li>{Sentence(findings[i], Row(findings[i].Variant, findings[i].Indicator, ComparisonWindow.FinalYear)!, distinguishable[i])}</li>");
        body.Append("</ul>");

        body.Append("<h2>Plots</h2>");
        int p = 0;
        body.Append(Report.Html.InlinePlot(ForestPlot(findings, distinguishable), $"p{p++}_"));
        if (ForkTick is int forkTick)
            body.Append($"<p class=\"muted\">In the plots over time the dashed line marks the fork at {_start.AddMonths(forkTick)} (tick {forkTick}): before it the line is the shared history, after it each scenario's own.</p>");
        foreach (string indicator in Indicators)
        {
            var plots = PlotsOf(indicator).ToList();
            var overTime = plots.Where(x => x.Name.StartsWith(indicator + "_difference_over_time_", StringComparison.Ordinal)).ToList();
            // The difference over time is the main picture; several variants get one small multiple each.
            body.Append($"<figure class=\"difference-over-time\" data-indicator=\"{Report.Html.Escape(indicator)}\"><div class=\"small-multiples\">");
            foreach (var (_, plot) in overTime) body.Append(Report.Html.InlinePlot(plot, $"p{p++}_"));
            body.Append("</div></figure>");
            foreach (var (_, plot) in plots.Except(overTime)) body.Append(Report.Html.InlinePlot(plot, $"p{p++}_"));
        }

        if (Variants.Any(v => v.Policies.Count != Base.Policies.Count || v.Policies.Any(l => !Base.Policies.TryGetValue(l.Key, out var b) || b != l.Value)))
            body.Append(Wording.AssumedEffectSizes);
        body.Append("<h2>Table</h2>");
        var s = _summary;
        // What an analyst reads; the researcher's columns (d_z, paired and unpaired variances, outcome per USD) stay in the CSV, so the table fits the page.
        var headers = new[] { "<variant", "<indicator", "<unit", "<window", "n", "base", "variant", "difference", "95 % interval", "sign agreement", "public spending diff (USD/month)" };
        body.Append(Report.Html.Table(headers, Enumerable.Range(0, s.Rows).Select(i => (IReadOnlyList<string>)
        [
            s.Text("variant")[i], Wording.Label(s.Text("indicator")[i]), s.Text("unit")[i], s.Text("time_window")[i].Replace('_', ' '), s.Ints("n")[i].ToString(),
            Report.Html.Number(s.Doubles("base_mean")[i]), Report.Html.Number(s.Doubles("variant_mean")[i]), Report.Html.Number(s.Doubles("diff_mean")[i]),
            $"{Report.Html.Number(s.Doubles("diff_lo")[i])} to {Report.Html.Number(s.Doubles("diff_hi")[i])}",
            Report.Html.Number(s.Doubles("sign_agreement")[i]), Report.Html.Number(s.Doubles("spend_diff")[i]),
        ])));
        body.Append("<p class=\"muted\">The same numbers, unrounded, with the effect size d_z, the paired and unpaired variances and the outcome per USD of public spending, are in comparison.csv and comparison.parquet; per tick in comparison_ticks.csv.</p>");
        body.Append(GroupTable());

        body.Append(Provenance.Section(_manifest, _shownFolder));
        return Report.Html.Page($"Comparison {name}", body.ToString());
    }

    /// <summary>Rows shown of comparison_breakdowns; the file has them all.</summary>
    private const int GroupRowsShown = 200;

    /// <summary>The final-year differences by group, when the scenarios asked for breakdowns.</summary>
    private string GroupTable()
    {
        string path = Path.Combine(_folder, "comparison_breakdowns.parquet");
        if (!File.Exists(path)) return "";
        var g = TableReader.Read(path);
        var rows = Enumerable.Range(0, g.Rows).Where(i => g.Text("time_window")[i] == ScenarioSchema.EnumName(ComparisonWindow.FinalYear)).ToList();
        var body = new StringBuilder("<h2>By group</h2><p class=\"muted\">Final year, variant minus base, for the firms of each group (docs/outputs.md, breakdowns).</p>");
        body.Append(Report.Html.Table(["<variant", "<breakdown", "<group", "<indicator", "base", "variant", "difference", "95 % interval"], rows.Take(GroupRowsShown).Select(i => (IReadOnlyList<string>)
        [
            g.Text("variant")[i], g.Text("breakdown")[i], g.Text("group_name")[i], g.Text("indicator")[i],
            Report.Html.Number(g.Doubles("base_mean")[i]), Report.Html.Number(g.Doubles("variant_mean")[i]), Report.Html.Number(g.Doubles("diff_mean")[i]),
            $"{Report.Html.Number(g.Doubles("diff_lo")[i])} to {Report.Html.Number(g.Doubles("diff_hi")[i])}",
        ])));
        if (rows.Count > GroupRowsShown)
            body.Append($"<p class=\"muted\">The first {GroupRowsShown} of {rows.Count} rows; all are in comparison_breakdowns.csv.</p>");
        return body.ToString();
    }

    /// <summary>One headline difference in plain words, saying whether its interval excludes zero.</summary>
    /// <summary>The forest plot of the findings whose base mean is not zero (a percentage of nothing is undefined; the text gives those).</summary>
    private PlotModel ForestPlot(IReadOnlyList<Finding> findings, bool[] distinguishable)
    {
        var rows = new List<(string, MeanInterval, bool)>();
        for (int i = 0; i < findings.Count; i++)
        {
            double baseMean = Row(findings[i].Variant, findings[i].Indicator, ComparisonWindow.FinalYear)!.Base.Mean;
            if (baseMean == 0 || double.IsNaN(baseMean)) continue;
            var d = findings[i].Difference;
            string label = Variants.Count() > 1 ? $"{Wording.Label(findings[i].Indicator)} ({findings[i].Variant})" : Wording.Label(findings[i].Indicator);
            rows.Add((label, new MeanInterval(100 * d.Mean / Math.Abs(baseMean), 100 * d.Low / Math.Abs(baseMean), 100 * d.High / Math.Abs(baseMean)), distinguishable[i]));
        }
        return PlotWriter.Forest($"final year, {Replications} paired replications; tested together (Holm)", rows);
    }

    /// <summary>Every compared indicator of every variant over <paramref name="window"/>: the family the bottom line tests.</summary>
    private List<Finding> Findings(ComparisonWindow window)
    {
        var definitions = IndicatorCatalog.SeriesOf(Base);
        var findings = new List<Finding>();
        foreach (var v in Variants)
            foreach (string indicator in Indicators)
                if (Row(v.Name, indicator, window) is { } row)
                {
                    int at = IndicatorCatalog.IndexOf(definitions, indicator);
                    var kind = at >= 0 ? definitions[at].Kind : IndicatorKind.Stock;
                    findings.Add(new Finding(v.Name, indicator, row.Unit, kind, row.N, row.Difference, row.Dz, row.Spend, row.CostPerUnit, row.Variant.Mean));
                }
        return findings;
    }

    private static string Sentence(Finding f, SummaryRow r, bool distinguishable)
    {
        var d = r.Difference;
        string direction = d.Mean > 0 ? "higher" : d.Mean < 0 ? "lower" : "no different";
        string amount = d.Mean == 0 ? "" : $" by {Wording.Amount(Math.Abs(d.Mean), f.Unit, f.Kind)}";
        int agreeing = (int)Math.Round(r.Sign * r.N);
        var sb = new StringBuilder();
        sb.Append($"<b>{Report.Html.Escape(Wording.Label(f.Indicator))}</b> is {direction} under <b>{Report.Html.Escape(f.Variant)}</b>{Report.Html.Escape(amount)} ");
        sb.Append($"({Report.Html.Escape(Wording.Level(r.Base.Mean, f.Unit, f.Kind))} → {Report.Html.Escape(Wording.Level(r.Variant.Mean, f.Unit, f.Kind))}; ");
        sb.Append($"95 % interval of the difference {Report.Html.Escape(Wording.Difference(d.Low, f.Unit, f.Kind))} to {Report.Html.Escape(Wording.Difference(d.High, f.Unit, f.Kind))}; ");
        sb.Append($"{agreeing} of {r.N} replications agree in sign{(r.Method == "bootstrap" ? "; a bootstrap interval, since Student's t would include values the quantity cannot take" : "")}). ");
        sb.Append(distinguishable
            ? "<span class=\"clear\">Distinguishable from noise.</span>"
            : "<span class=\"unclear\">Not distinguishable from noise with these replications.</span>");
        return sb.ToString();
    }
}
