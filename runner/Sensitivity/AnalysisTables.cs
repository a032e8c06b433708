using ClusterSim.Runner.Sweeps;
using ClusterSim.Runner.Tables;

namespace ClusterSim.Runner.Sensitivity;

/// <summary>
/// The analysis tables of a sweep folder, each as CSV and Parquet written durably (temporary name, fsync, rename):
/// sensitivity.* (morris, sobol), differences.* and robustness.* (variants). Long form, so pandas, R and DuckDB read
/// them without reshaping.
/// </summary>
public static class AnalysisTables
{
    public static void WriteSensitivity(string folder, IReadOnlyList<SensitivityRow> rows) => Write(folder, "sensitivity", () =>
    {
        var scenario = new TextColumn("scenario", "the context's scenario name");
        var context = new TextColumn("context", "the base scenario file, as the sweep names it");
        var variant = new TextColumn("variant", "the policy variant file, or base");
        var output = new TextColumn("output", "the sweep's output");
        var method = new TextColumn("method", "morris or sobol");
        var index = new TextColumn("index", "mu_star, mu, sigma (morris; per unit of the parameter's range); s1, st, s2 (sobol; shares of variance); mu_star_noise, noise_share (what replication noise alone would give, no parameter)");
        var parameter = new TextColumn("parameter", "the swept key (empty for a noise reference)");
        var parameter2 = new TextColumn("parameter_2", "the pair's other key (s2), else empty");
        var estimate = new DoubleColumn("estimate", "", "the index");
        var low = new DoubleColumn("low", "", "lower end of its 95 % bootstrap interval (empty: none)");
        var high = new DoubleColumn("high", "", "upper end of that interval");
        var samples = new IntColumn("samples", "", "trajectories (morris) or base samples (sobol) it is computed from");
        return ([scenario, context, variant, output, method, index, parameter, parameter2, estimate, low, high, samples], () => rows.Select(r => (Action)(() =>
        {
            scenario.Add(r.Scenario); context.Add(r.Context); variant.Add(r.Variant); output.Add(r.Output); method.Add(r.Method); index.Add(r.Index);
            parameter.Add(r.Parameter); parameter2.Add(r.Parameter2); estimate.Add(r.Estimate); low.Add(r.Low); high.Add(r.High); samples.Add(r.Samples);
        })));
    });

    public static void WriteDifferences(string folder, IReadOnlyList<VariantDifference> rows) => Write(folder, "differences", () =>
    {
        var scenario = new TextColumn("scenario", "the context's scenario name");
        var context = new TextColumn("context", "the base scenario file");
        var point = new IntColumn("point", "", "the point's place in the design");
        var variant = new TextColumn("variant", "the policy variant file");
        var output = new TextColumn("output", "the sweep's output");
        var replications = new IntColumn("replications", "", "replications both base and variant have");
        var baseMean = new DoubleColumn("base_mean", "", "the base's mean over those replications");
        var variantMean = new DoubleColumn("variant_mean", "", "the variant's mean over them");
        var difference = new DoubleColumn("difference", "", "mean paired difference variant − base");
        var low = new DoubleColumn("difference_low", "", "lower end of its 95 % t-interval");
        var high = new DoubleColumn("difference_high", "", "upper end of that interval");
        return ([scenario, context, point, variant, output, replications, baseMean, variantMean, difference, low, high], () => rows.Select(r => (Action)(() =>
        {
            scenario.Add(r.Scenario); context.Add(r.Context); point.Add(r.Point); variant.Add(r.Variant); output.Add(r.Output); replications.Add(r.Replications);
            baseMean.Add(r.BaseMean); variantMean.Add(r.VariantMean); difference.Add(r.Difference.Mean); low.Add(r.Difference.Low); high.Add(r.Difference.High);
        })));
    });

    public static void WriteRobustness(string folder, IReadOnlyList<RobustnessRow> rows) => Write(folder, "robustness", () =>
    {
        var context = new TextColumn("context", "the base scenario file, or all");
        var variant = new TextColumn("variant", "the option: base or a policy variant file");
        var output = new TextColumn("output", "the sweep's output");
        var better = new TextColumn("better", "which way the output is better: higher or lower");
        var points = new IntColumn("points", "", "points (× contexts for all) compared");
        var betterShare = new DoubleColumn("better_share", "", "share of points where its mean beats the base's (empty for the base)");
        var clearlyBetter = new DoubleColumn("clearly_better_share", "", "share where the difference's 95 % interval is wholly on the better side");
        var clearlyWorse = new DoubleColumn("clearly_worse_share", "", "share where it is wholly on the worse side");
        var meanDifference = new DoubleColumn("mean_difference", "", "mean over points of the paired difference variant − base");
        var worstDifference = new DoubleColumn("worst_difference", "", "the difference where the variant does worst against the base");
        var worstPoint = new IntColumn("worst_point", "", "that point's place in the design (-1: none)");
        var worstContext = new TextColumn("worst_context", "that point's context");
        var meanRegret = new DoubleColumn("mean_regret", "", "mean over points of its shortfall from the best option there (≥ 0)");
        var maxRegret = new DoubleColumn("max_regret", "", "the largest such shortfall");
        return ([context, variant, output, better, points, betterShare, clearlyBetter, clearlyWorse, meanDifference, worstDifference, worstPoint, worstContext, meanRegret, maxRegret],
            () => rows.Select(r => (Action)(() =>
            {
                context.Add(r.Context); variant.Add(r.Variant); output.Add(r.Output); better.Add(r.Better); points.Add(r.Points); betterShare.Add(r.BetterShare);
                clearlyBetter.Add(r.ClearlyBetterShare); clearlyWorse.Add(r.ClearlyWorseShare); meanDifference.Add(r.MeanDifference); worstDifference.Add(r.WorstDifference);
                worstPoint.Add(r.WorstPoint); worstContext.Add(r.WorstContext); meanRegret.Add(r.MeanRegret); maxRegret.Add(r.MaxRegret);
            })));
    });

    /// <summary>Writes NAME.csv and NAME.parquet: <paramref name="table"/> gives the columns and, per row, the action that fills them.</summary>
    private static void Write(string folder, string name, Func<(TableColumn[] Columns, Func<IEnumerable<Action>> Rows)> table)
    {
        SweepJournal.WriteDurably(Path.Combine(folder, name + ".csv"), csv => SweepJournal.WriteDurably(Path.Combine(folder, name + ".parquet"), parquet =>
        {
            var (columns, rows) = table();
            using var writer = new TableWriter(csv, parquet, columns);
            foreach (var fill in rows())
            {
                fill();
                writer.EndRow();
            }
        }));
    }
}
