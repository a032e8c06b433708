using System.Text;
using ClusterSim.Runner.Output;
using ClusterSim.Runner.Sensitivity;
using ClusterSim.Runner.Sweeps;

namespace ClusterSim.Runner.Report;

/// <summary>
/// sweep.html: a sweep's analysis on one self-contained page: what the sweep ran; per output, which parameters matter
/// (a ranked table and Morris's μ*–σ chart or Sobol's indices, with intervals); for policy variants, their paired
/// difference across the design against the parameter that moves it most, and how robust each is.
/// </summary>
public static class SweepReport
{
    public const string File = "sweep.html";

    public static string Html(SweepResults results, SweepManifest manifest, IReadOnlyList<SensitivityRow> sensitivity,
        IReadOnlyList<VariantDifference> differences, IReadOnlyList<RobustnessRow> robustness)
    {
        var plan = results.Plan;
        var s = plan.File.Sweep;
        var body = new StringBuilder();
        string design = Engine.Scenarios.ScenarioSchema.EnumName(s.Design);
        body.Append($"<h1>Sweep {Report.Html.Escape(plan.File.Name)}</h1>");
        if (plan.File.Description.Length > 0) body.Append($"<p>{Report.Html.Escape(plan.File.Description)}</p>");
        body.Append($"<p>{plan.Runs.Count:N0} runs: {plan.Points.Count:N0} points of a {design} design over {plan.Parameters.Count} parameters, " +
            $"in {Count(plan.Contexts.Count, "context")}" + (s.Variants.Count > 0 ? $", each with the base and {Count(s.Variants.Count, "policy variant")} on common random numbers" : "") +
            $", with the replications each point ran. Every number on this page is in the folder's tables: {string.Join(", ", Tables(sensitivity.Count > 0, robustness.Count > 0))}.</p>");
        body.Append(Report.Html.Table(["<parameter", "<range", "<distribution"], plan.Parameters.Select(p => (IReadOnlyList<string>)[p.Key,
            p.Low is double low && p.High is double high ? $"{Report.Html.Number(low)} – {Report.Html.Number(high)}" : string.Join(", ", p.Values.Select(Report.Html.Number)),
            Engine.Scenarios.ScenarioSchema.EnumName(p.Distribution)])));

        int plot = 0;
        if (sensitivity.Count > 0)
        {
            body.Append("<h2>Which parameters matter</h2>");
            body.Append(s.Design == Loader.SweepDesign.Morris
                ? "<p>Morris screening: μ* is the mean absolute change of the output per unit of a parameter's range (the whole range from low to high) as it moves alone from points across the design, with its 95 % bootstrap interval over trajectories; σ, the spread of those changes, is large where the parameter acts through others or non-linearly. Parameters are ranked by μ*; a μ* whose interval reaches 0 may not matter at all.</p>"
                : "<p>Sobol indices: S1 is the share of the output's variance across the design that a parameter causes alone, ST the share it has a hand in, interactions included; ST − S1 is what it does through others. Intervals are 95 % bootstrap intervals over base samples. Parameters are ranked by ST; an ST whose interval reaches 0 does not matter over these ranges.</p>");
            foreach (var block in sensitivity.GroupBy(r => (r.Context, r.Variant)))
                foreach (var output in block.GroupBy(r => r.Output))
                {
                    string where = plan.Contexts.Count > 1 || results.Variants.Count > 1 ? $" in {Stem(block.Key.Context)}, {Stem(block.Key.Variant)}" : "";
                    body.Append($"<h3>{Report.Html.Escape(output.Key)}{Report.Html.Escape(where)}</h3>");
                    body.Append(s.Design == Loader.SweepDesign.Morris ? MorrisSection(output.Key, output.ToList(), ref plot) : SobolSection(output.Key, output.ToList(), ref plot));
                }
        }

        if (robustness.Count > 0)
        {
            body.Append("<h2>Policy variants across the design</h2>");
            body.Append("<p>At every point each variant ran beside the base on the same seeds; its paired difference variant − base there has a 95 % t-interval over the replications. Across the points: how often the variant beats the base (and clearly so, the interval wholly on the better side), its mean and worst difference, and its regret: how far it falls short of the best option at a point, averaged and at its largest. The base's regret is what doing nothing gives up.</p>");
            body.Append(Wording.AssumedEffectSizes);
            body.Append(Report.Html.Table(["<context", "<option", "<output", "points", "beats base", "clearly better", "clearly worse", "mean difference", "worst difference", "mean regret", "max regret"],
                robustness.Select(r => (IReadOnlyList<string>)[Stem(r.Context), Stem(r.Variant), $"{r.Output} ({r.Better} is better)", r.Points.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    Share(r.BetterShare), Share(r.ClearlyBetterShare), Share(r.ClearlyWorseShare), Report.Html.Number(r.MeanDifference), Report.Html.Number(r.WorstDifference),
                    Report.Html.Number(r.MeanRegret), Report.Html.Number(r.MaxRegret)])));
            foreach (var cell in differences.GroupBy(d => (d.Context, d.Variant, d.Output)))
            {
                var rows = cell.ToList();
                var (parameter, index, rho) = MostInfluential(plan, rows);
                if (index < 0) continue;
                var points = rows.Select(d => (plan.Points[d.Point].Values[index], d.Difference.Mean, d.Difference.Low, d.Difference.High)).ToList();
                body.Append(Report.Html.InlinePlot(SweepPlots.DifferenceAcross($"{cell.Key.Output}: {Stem(cell.Key.Variant)} − base in {Stem(cell.Key.Context)}",
                    $"against {Short(parameter)}, which it follows most (rank correlation {rho:0.00}); {Count(rows[0].Replications, "replication")} a point", parameter, points), $"p{plot++}-"));
            }
        }
        if (sensitivity.Count == 0 && robustness.Count == 0)
            body.Append($"<p>A {design} design without policy variants has no indices to give: morris and sobol designs give them, variants give the robustness tables. results.csv holds every run.</p>");
        body.Append($"<h2>Provenance</h2><p class=\"muted\">Sweep file {Report.Html.Escape(manifest.File)}, fingerprint {Report.Html.Escape(manifest.Fingerprint[..16])}, overrides {Report.Html.Escape(manifest.Overrides.Count > 0 ? string.Join(" ", manifest.Overrides) : "none")}; engine {Report.Html.Escape(manifest.EngineVersion)}{(manifest.GitCommit is { } commit ? $" at {Report.Html.Escape(commit)}" : "")}, output format {manifest.OutputFormatVersion}.</p>");
        return Report.Html.Page($"Sweep {plan.File.Name}", body.ToString());
    }

    private static string MorrisSection(string output, List<SensitivityRow> rows, ref int plot)
    {
        double? noise = rows.FirstOrDefault(r => r.Index == "mu_star_noise")?.Estimate;
        var measures = rows.Where(r => r.Parameter.Length > 0).GroupBy(r => r.Parameter).Select(g =>
        {
            var m = g.ToDictionary(r => r.Index);
            return (Name: g.Key, Measures: new MorrisMeasures(m["mu_star"].Estimate, m["mu_star"].Low, m["mu_star"].High, m["mu"].Estimate, m["sigma"].Estimate, m["mu_star"].Samples));
        }).OrderByDescending(p => double.IsFinite(p.Measures.MuStar) ? p.Measures.MuStar : -1).ToList();
        double top = measures.Select(p => p.Measures.MuStar).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        string table = Report.Html.Table(["rank", "<parameter", "μ*", "95 % interval", "share of the largest μ*", "μ", "σ", "effects"],
            measures.Select((p, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name, Report.Html.Number(p.Measures.MuStar),
                $"{Report.Html.Number(p.Measures.MuStarLow)} – {Report.Html.Number(p.Measures.MuStarHigh)}", top > 0 ? Share(p.Measures.MuStar / top) : "–",
                Report.Html.Number(p.Measures.Mu), Report.Html.Number(p.Measures.Sigma), p.Measures.Effects.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        table += noise is double floor
            ? $"<p>Replication noise alone, were it independent between points, would give μ* = {Report.Html.Number(floor)} ({(top > 0 ? Share(floor / top) : "–")} of the largest; the dashed line): parameters above it are told apart from the seeds' noise, those below it may not be (common seeds make the real floor lower).</p>"
            : "<p>With one replication a point the sweep cannot say how much of μ* the seeds' noise could give: run two or more to see the floor.</p>";
        return table + Report.Html.InlinePlot(SweepPlots.Morris(output, $"{measures.FirstOrDefault().Measures?.Effects ?? 0} trajectories", measures.Select(p => (Short(p.Name), p.Measures)).ToList(), noise), $"p{plot++}-");
    }

    private static string SobolSection(string output, List<SensitivityRow> rows, ref int plot)
    {
        double? noise = rows.FirstOrDefault(r => r.Index == "noise_share")?.Estimate;
        var indices = rows.Where(r => r.Index is "s1" or "st").GroupBy(r => r.Parameter).Select(g =>
        {
            var m = g.ToDictionary(r => r.Index);
            return (Name: g.Key, First: new SobolIndex(m["s1"].Estimate, m["s1"].Low, m["s1"].High), Total: new SobolIndex(m["st"].Estimate, m["st"].Low, m["st"].High), m["st"].Samples);
        }).OrderByDescending(p => double.IsFinite(p.Total.Estimate) ? p.Total.Estimate : -1).ToList();
        string table = Report.Html.Table(["rank", "<parameter", "ST", "95 % interval", "S1", "95 % interval"],
            indices.Select((p, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name, Report.Html.Number(p.Total.Estimate),
                $"{Report.Html.Number(p.Total.Low)} – {Report.Html.Number(p.Total.High)}", Report.Html.Number(p.First.Estimate), $"{Report.Html.Number(p.First.Low)} – {Report.Html.Number(p.First.High)}"]));
        table += noise is double share
            ? $"<p>Replication noise alone makes {Share(share)} of the variance the indices divide (were it independent between points): the indices of the parameters add up to at most the rest, and one below that share may be noise.</p>"
            : "<p>With one replication a point the sweep cannot say how much of the variance is the seeds' noise: run two or more to see it.</p>";
        var second = rows.Where(r => r.Index == "s2").OrderByDescending(r => r.Estimate).ToList();
        if (second.Count > 0)
            table += "<p>Second order S2: the share of variance two parameters cause together beyond what each does alone.</p>" + Report.Html.Table(["<parameters", "S2", "95 % interval"],
                second.Select(r => (IReadOnlyList<string>)[$"{r.Parameter} × {r.Parameter2}", Report.Html.Number(r.Estimate), $"{Report.Html.Number(r.Low)} – {Report.Html.Number(r.High)}"]));
        return table + Report.Html.InlinePlot(SweepPlots.Sobol(output, $"{indices.FirstOrDefault().Samples} base samples", indices.Select(p => (Short(p.Name), p.First, p.Total)).ToList()), $"p{plot++}-");
    }

    /// <summary>The swept key whose values the differences follow most (largest absolute Spearman rank correlation over the points), its place and the correlation.</summary>
    private static (string Key, int Index, double Rho) MostInfluential(SweepPlan plan, List<VariantDifference> rows)
    {
        (string, int, double) best = ("", -1, 0);
        var y = Ranks(rows.Select(d => d.Difference.Mean).ToArray());
        for (int k = 0; k < plan.Parameters.Count; k++)
        {
            var x = rows.Select(d => plan.Points[d.Point].Values[k]).ToArray();
            if (x.Any(v => !double.IsFinite(v))) continue;
            double rho = MathNet.Numerics.Statistics.Correlation.Pearson(Ranks(x), y);
            if (best.Item2 < 0 || (double.IsFinite(rho) && Math.Abs(rho) > Math.Abs(best.Item3))) best = (plan.Parameters[k].Key, k, double.IsFinite(rho) ? rho : 0);
        }
        return best;
    }

    private static double[] Ranks(double[] x) => MathNet.Numerics.Statistics.Statistics.Ranks(x);

    private static IEnumerable<string> Tables(bool sensitivity, bool robustness) =>
        (sensitivity ? ["sensitivity.csv"] : Array.Empty<string>()).Concat(robustness ? ["differences.csv", "robustness.csv"] : []).Append("results.csv");

    /// <summary>A scenario file as a reader knows it: its name without folder or extension.</summary>
    private static string Stem(string file) => Path.GetFileNameWithoutExtension(file);

    private static string Short(string key) => key[(key.LastIndexOf('.') + 1)..];

    private static string Share(double x) => double.IsFinite(x) ? $"{100 * x:0}\u00a0%" : "–"; // no break between number and %

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
