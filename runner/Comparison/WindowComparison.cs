using ClusterSim.Loader;
using ClusterSim.Runner.Statistics;

namespace ClusterSim.Runner.Comparison;

/// <summary>
/// A variant against the base on one series over one window: each replication's series averaged over the
/// window's ticks, then compared pairwise across replications.
/// </summary>
/// <param name="Variant">The variant's name.</param>
/// <param name="Series">What was compared.</param>
/// <param name="Window">Over which ticks.</param>
/// <param name="Stats">The paired comparison of the window means.</param>
/// <param name="SpendDiff">Mean paired difference in public spending (public_spend_total) over the window, USD/month.</param>
public sealed record WindowComparison(string Variant, Series Series, ComparisonWindow Window, PairedComparison Stats, double SpendDiff)
{
    /// <summary>Ticks in the final-year window.</summary>
    public const int FinalYearTicks = 12;

    /// <summary>The difference per USD/month of extra public spending; NaN when the variant spends the same.</summary>
    public double CostEffectiveness => SpendDiff != 0 ? Stats.Difference.Mean / SpendDiff : double.NaN;

    /// <summary>Every variant × series × window of a comparison, in that order.</summary>
    /// <param name="plan">The comparison.</param>
    /// <param name="samples">What its runs recorded.</param>
    public static IReadOnlyList<WindowComparison> All(ComparisonPlan plan, ComparisonSamples samples)
    {
        var results = new List<WindowComparison>();
        for (int v = 1; v <= plan.Variants.Count; v++)
        {
            var spendDiff = plan.Windows.ToDictionary(w => w, w => Compare(samples, v, samples.Spend, w).Difference.Mean);
            for (int k = 0; k < samples.All.Count; k++)
            {
                if (!samples.IsCompared(k)) continue;
                foreach (var window in plan.Windows)
                    results.Add(new WindowComparison(plan.Variants[v - 1].Scenario.Name, samples.All[k], window, Compare(samples, v, k, window), spendDiff[window]));
            }
        }
        return results;
    }

    private static PairedComparison Compare(ComparisonSamples samples, int variant, int series, ComparisonWindow window)
    {
        var s = samples.All[series];
        return PairedComparison.Of(WindowMeans(samples, 0, series, window), WindowMeans(samples, variant, series, window),
            BoundedInterval.RangeOf(s.Unit), BoundedInterval.KeyOf($"{variant}|{s.Indicator}|{s.Breakdown}|{s.Group}|{window}"));
    }

    private static double[] WindowMeans(ComparisonSamples samples, int scenario, int series, ComparisonWindow window)
    {
        int first = window == ComparisonWindow.FinalYear ? Math.Max(0, samples.Ticks - FinalYearTicks) : 0;
        var means = new double[samples.Replications];
        for (int r = 0; r < means.Length; r++) means[r] = MeanInterval.AverageOf(samples.Values(scenario, series, r)[first..]);
        return means;
    }
}
