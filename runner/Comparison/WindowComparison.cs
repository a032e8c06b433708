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
/// <param name="CostPerUnit">Public money over the window per unit of extra outcome, USD, with its interval (<see cref="Statistics.CostPerUnit"/>).</param>
public sealed record WindowComparison(string Variant, Series Series, ComparisonWindow Window, PairedComparison Stats, double SpendDiff, MeanInterval CostPerUnit)
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
        var definitions = Engine.Indicators.IndicatorCatalog.SeriesOf(plan.Base.Scenario);
        bool IsFlow(string indicator) => definitions.Any(d => d.Kind == Engine.Indicators.IndicatorKind.Flow && (d.Name == indicator || Engine.Indicators.Breakdowns.PerGroup(d.Name) == indicator));
        for (int v = 1; v <= plan.Variants.Count; v++)
        {
            var spendDiff = plan.Windows.ToDictionary(w => w, w => Compare(samples, v, samples.Spend, w).Difference.Mean);
            var spendDiffs = plan.Windows.ToDictionary(w => w, w => Differences(samples, v, samples.Spend, w));
            for (int k = 0; k < samples.All.Count; k++)
            {
                if (!samples.IsCompared(k)) continue;
                var s = samples.All[k];
                foreach (var window in plan.Windows)
                {
                    var cost = Statistics.CostPerUnit.Of(spendDiffs[window], Differences(samples, v, k, window), WindowTicks(samples, window), IsFlow(s.Indicator),
                        BoundedInterval.KeyOf($"cost|{v}|{s.Indicator}|{s.Breakdown}|{s.Group}|{window}"));
                    results.Add(new WindowComparison(plan.Variants[v - 1].Scenario.Name, s, window, Compare(samples, v, k, window), spendDiff[window], cost));
                }
            }
        }
        return results;
    }

    private static int WindowTicks(ComparisonSamples samples, ComparisonWindow window) =>
        window == ComparisonWindow.FinalYear ? Math.Min(FinalYearTicks, samples.Ticks) : samples.Ticks;

    /// <summary>Each replication's variant − base difference of the window means.</summary>
    private static double[] Differences(ComparisonSamples samples, int variant, int series, ComparisonWindow window)
    {
        var b = WindowMeans(samples, 0, series, window);
        var v = WindowMeans(samples, variant, series, window);
        return b.Select((x, r) => v[r] - x).ToArray();
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
