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
            var spendDiffs = plan.Windows.ToDictionary(w => w, w => Differences(WindowMeans(samples, 0, samples.Spend, w), WindowMeans(samples, v, samples.Spend, w)));
            for (int k = 0; k < samples.All.Count; k++)
            {
                if (!samples.IsCompared(k)) continue;
                var s = samples.All[k];
                foreach (var window in plan.Windows)
                {
                    double[] baseMeans = WindowMeans(samples, 0, k, window), variantMeans = WindowMeans(samples, v, k, window);
                    var stats = PairedComparison.Of(baseMeans, variantMeans, BoundedInterval.RangeOf(s.Unit), BootstrapKey(v, s, window));
                    var cost = Statistics.CostPerUnit.Of(spendDiffs[window], Differences(baseMeans, variantMeans), WindowTicks(samples, window), IsFlow(s.Indicator),
                        BoundedInterval.KeyOf($"cost|{v}|{s.Indicator}|{s.Breakdown}|{s.Group}|{window}"));
                    results.Add(new WindowComparison(plan.Variants[v - 1].Scenario.Name, s, window, stats, MeanInterval.AverageOf(spendDiffs[window]), cost));
                }
            }
        }
        return results;
    }

    /// <summary>
    /// Names the bootstrap draws of variant <paramref name="variant"/>'s comparison on <paramref name="series"/> over
    /// <paramref name="window"/>, so they are its own and the same on every run (and a validation fact posed on the
    /// same pair and series draws the same ones).
    /// </summary>
    public static ulong BootstrapKey(int variant, Series series, ComparisonWindow window) =>
        BoundedInterval.KeyOf($"{variant}|{series.Indicator}|{series.Breakdown}|{series.Group}|{window}");

    private static int WindowTicks(ComparisonSamples samples, ComparisonWindow window) =>
        window == ComparisonWindow.FinalYear ? Math.Min(FinalYearTicks, samples.Ticks) : samples.Ticks;

    /// <summary>Each replication's variant − base difference.</summary>
    private static double[] Differences(double[] baseMeans, double[] variantMeans) => baseMeans.Select((b, r) => variantMeans[r] - b).ToArray();

    private static double[] WindowMeans(ComparisonSamples samples, int scenario, int series, ComparisonWindow window)
    {
        int first = window == ComparisonWindow.FinalYear ? Math.Max(0, samples.Ticks - FinalYearTicks) : 0;
        var means = new double[samples.Replications];
        for (int r = 0; r < means.Length; r++) means[r] = MeanInterval.AverageOf(samples.Values(scenario, series, r)[first..]);
        return means;
    }
}
