using System.Text;
using ClusterSim.Engine.Indicators;
using ClusterSim.Runner.Statistics;

namespace ClusterSim.Runner.Report;

/// <summary>One tested difference of a comparison: a variant against the base on one indicator over one window.</summary>
/// <param name="Variant">The variant's name.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Kind">Stock, flow or spending.</param>
/// <param name="N">Paired replications.</param>
/// <param name="Difference">Mean paired difference variant − base with its 95 % interval.</param>
/// <param name="Dz">Cohen's d_z (NaN when the differences do not vary).</param>
/// <param name="Spend">Mean paired difference of public spending over the window (USD/month).</param>
/// <param name="CostPerUnit">Public money over the window per unit of extra outcome (USD) with its interval; NaN without a spending difference.</param>
/// <param name="VariantLevel">The variant's mean of the indicator over the window.</param>
internal sealed record Finding(string Variant, string Indicator, string Unit, IndicatorKind Kind, int N, MeanInterval Difference, double Dz, double Spend, MeanInterval CostPerUnit, double VariantLevel = double.NaN)
{
    /// <summary>A flow of whole things (firms, persons, events …) that the variant sees less than once a year.</summary>
    public bool IsRare => Kind == IndicatorKind.Flow && Quantities.IsCount(Unit) && VariantLevel * 12 < 1;
}

/// <summary>
/// The answer first: one paragraph that leads with the differences distinguishable from noise, largest paired
/// effect (|d_z|) first, in human units with their intervals and what they cost, then what cannot be told from
/// noise. The differences are tested as one family and Holm's method controls the chance of any false effect
/// among them at 5 %; the paragraph says how many were tested and names the method.
/// </summary>
internal static class BottomLine
{
    public const double Level = 0.05;

    /// <summary>Which findings are distinguishable from noise, tested as one family (Holm-adjusted paired p below <see cref="Level"/>).</summary>
    public static bool[] Distinguishable(IReadOnlyList<Finding> findings)
    {
        var adjusted = MultipleComparisons.Holm(findings.Select(f => MultipleComparisons.PairedPValue(f.Dz, f.Difference.Mean, f.N)).ToArray());
        return adjusted.Select(p => p < Level).ToArray();
    }

    /// <param name="findings">The family of differences.</param>
    /// <param name="distinguishable">Which of them can be told from noise (<see cref="Distinguishable"/>).</param>
    /// <param name="window">The window, in words.</param>
    public static string Html(IReadOnlyList<Finding> findings, bool[] distinguishable, string window)
    {
        if (findings.Count == 0) return "<p class=\"bottom-line\">Nothing was compared.</p>";
        var clear = Enumerable.Range(0, findings.Count).Where(i => distinguishable[i])
            .OrderByDescending(i => double.IsNaN(findings[i].Dz) ? double.PositiveInfinity : Math.Abs(findings[i].Dz)).ThenBy(i => i).ToList();
        var noise = Enumerable.Range(0, findings.Count).Where(i => !distinguishable[i]).ToList();

        var sb = new StringBuilder("<p class=\"bottom-line\"><b>Bottom line.</b> ");
        if (clear.Count == 0) sb.Append($"No difference in the {window} can be told from noise. ");
        foreach (var group in clear.GroupBy(i => findings[i].Variant))
        {
            var parts = group.Select(i => Effect(findings[i])).ToList();
            double spend = findings[group.First()].Spend;
            sb.Append($"Under <b>{Report.Html.Escape(group.Key)}</b>, in the {window}: {string.Join("; ", parts)}");
            sb.Append(double.IsNaN(spend) || spend == 0 ? ". " : $", with public spending {Wording.Difference(spend, "USD/month", IndicatorKind.Spend)}. ");
        }
        if (noise.Count > 0)
            sb.Append($"Not distinguishable from noise: {string.Join(", ", noise.Select(i => $"{Report.Html.Escape(Wording.Label(findings[i].Indicator))} under {Report.Html.Escape(findings[i].Variant)}"))}. ");
        var rare = findings.Where(f => f.IsRare).ToList();
        if (rare.Count > 0)
            sb.Append("Rare: " + string.Join("; ", rare.Select(f =>
                $"{Report.Html.Escape(Wording.Label(f.Indicator))} under {Report.Html.Escape(f.Variant)} happens {Report.Html.Number(12 * f.VariantLevel)} times a year, less than once")) +
                ", so these replications say little about it. ");
        sb.Append($"<span class=\"muted\">{findings.Count} differences were tested together; Holm's method keeps the chance of any false effect among them at {Level * 100:0} %.</span></p>");
        return sb.ToString();
    }

    /// <summary>An effect in words; with a spending difference, also what each unit of it cost (only distinguishable effects get here).</summary>
    private static string Effect(Finding f)
    {
        var d = f.Difference;
        string effect = $"{Report.Html.Escape(Wording.Label(f.Indicator))} {Report.Html.Escape(Wording.Difference(d.Mean, f.Unit, f.Kind))} " +
                        $"(95 % interval {Report.Html.Escape(Wording.Difference(d.Low, f.Unit, f.Kind))} to {Report.Html.Escape(Wording.Difference(d.High, f.Unit, f.Kind))})";
        var c = f.CostPerUnit;
        if (double.IsNaN(c.Mean) || f.Spend == 0) return effect;
        string high = double.IsInfinity(c.High) ? "no upper bound" : Report.Html.Escape(Wording.CostPer(c.High, f.Unit));
        return effect + $", at {Report.Html.Escape(Wording.CostPer(c.Mean, f.Unit))} (95 % interval {Report.Html.Escape(Wording.CostPer(c.Low, f.Unit))} to {high})";
    }
}
