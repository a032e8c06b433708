using ClusterSim.Loader;
using ClusterSim.Runner.Statistics;
using ClusterSim.Runner.Sweeps;

namespace ClusterSim.Runner.Sensitivity;

/// <summary>A variant against its base at one point of one context, on one output: a row of differences.csv.</summary>
/// <param name="Difference">Mean paired difference variant − base over the replications both ran, with its 95 % t-interval.</param>
public sealed record VariantDifference(string Scenario, string Context, int Point, string Variant, string Output, int Replications,
    double BaseMean, double VariantMean, MeanInterval Difference);

/// <summary>
/// How one option (the base or a variant) fares across the design, in one context or in all (<c>Context</c> "all"):
/// a row of robustness.csv. Shares and differences compare it with the base; regret compares it with the best option
/// at each point. Differences are variant − base in the output's unit; "better" follows the output's <c>better</c>.
/// </summary>
/// <param name="Points">Points (× contexts, for "all") where the option and the base both have the output.</param>
/// <param name="BetterShare">Share of those points where its mean is better than the base's.</param>
/// <param name="ClearlyBetterShare">Share where the difference's interval lies wholly on the better side of 0.</param>
/// <param name="ClearlyWorseShare">Share where it lies wholly on the worse side.</param>
/// <param name="MeanDifference">Mean over the points of the mean paired difference.</param>
/// <param name="WorstDifference">The difference at the point where the option does worst against the base.</param>
/// <param name="WorstPoint">That point's place in the design.</param>
/// <param name="WorstContext">That point's context.</param>
/// <param name="MeanRegret">Mean over the points of how far its mean falls short of the best option's there (≥ 0).</param>
/// <param name="MaxRegret">The largest such shortfall.</param>
public sealed record RobustnessRow(string Context, string Variant, string Output, string Better, int Points, double BetterShare, double ClearlyBetterShare,
    double ClearlyWorseShare, double MeanDifference, double WorstDifference, int WorstPoint, string WorstContext, double MeanRegret, double MaxRegret);

/// <summary>
/// Whether a policy variant's effect holds up across what the sweep varies (Lempert et al. 2003's robust decision
/// making; EMA Workbench's policies × scenarios): at every point, its paired difference against the base on common
/// random numbers, as compare computes it; across the points, how often it beats the base, its worst case and its
/// regret against the best option at each point; per context and over all contexts.
/// </summary>
public static class VariantRobustness
{
    public const string AllContexts = "all";

    public static bool Applies(SweepPlan plan) => plan.File.Sweep.Variants.Count > 0;

    public static IReadOnlyList<VariantDifference> Differences(SweepResults results)
    {
        var plan = results.Plan;
        var rows = new List<VariantDifference>();
        if (!Applies(plan)) return rows;
        foreach (string context in plan.Contexts)
            foreach (var point in plan.Points)
                foreach (string variant in plan.File.Sweep.Variants)
                    for (int o = 0; o < plan.Outputs.Count; o++)
                    {
                        var pairs = Pairs(results.Runs(context, SweepPlan.BaseVariant, point.Index), results.Runs(context, variant, point.Index), o);
                        if (pairs.Base.Length == 0) continue;
                        var paired = PairedComparison.Of(pairs.Base, pairs.Variant);
                        rows.Add(new VariantDifference(results.ScenarioOf(context), context, point.Index, variant, plan.Outputs[o].Name, paired.N,
                            paired.Base.Mean, paired.Variant.Mean, paired.Difference));
                    }
        return rows;
    }

    public static IReadOnlyList<RobustnessRow> Of(SweepResults results, IReadOnlyList<VariantDifference> differences)
    {
        var plan = results.Plan;
        var rows = new List<RobustnessRow>();
        if (!Applies(plan)) return rows;
        var scopes = plan.Contexts.Select(c => (Name: c, Contexts: (IReadOnlyList<string>)[c])).ToList();
        if (plan.Contexts.Count > 1) scopes.Add((AllContexts, plan.Contexts));
        for (int o = 0; o < plan.Outputs.Count; o++)
        {
            var output = plan.Outputs[o];
            double sign = output.Better == SweepBetter.Higher ? 1 : -1;
            string better = output.Better == SweepBetter.Higher ? "higher" : "lower";
            var byCell = differences.Where(d => d.Output == output.Name).ToDictionary(d => (d.Context, d.Point, d.Variant));
            foreach (var (scope, contexts) in scopes)
            {
                // Regret: each option's shortfall from the best option at each point where every option has the output.
                var regrets = results.Variants.ToDictionary(v => v, _ => new List<double>());
                foreach (string context in contexts)
                    foreach (var point in plan.Points)
                    {
                        var means = results.Variants.Select(v => sign * results.Mean(context, v, point.Index, o)).ToArray();
                        if (!means.All(double.IsFinite)) continue;
                        double best = means.Max();
                        for (int v = 0; v < means.Length; v++) regrets[results.Variants[v]].Add(best - means[v]);
                    }
                foreach (string variant in results.Variants)
                {
                    var cells = variant == SweepPlan.BaseVariant ? [] : contexts
                        .SelectMany(c => plan.Points.Select(p => byCell.GetValueOrDefault((c, p.Index, variant)))).OfType<VariantDifference>()
                        .Where(d => double.IsFinite(d.Difference.Mean)).ToList();
                    var worst = cells.MinBy(d => sign * d.Difference.Mean);
                    var regret = regrets[variant];
                    double Share(Func<VariantDifference, bool> holds) => cells.Count > 0 ? cells.Count(holds) / (double)cells.Count : double.NaN;
                    rows.Add(new RobustnessRow(scope, variant, output.Name, better, variant == SweepPlan.BaseVariant ? regret.Count : cells.Count,
                        Share(d => sign * d.Difference.Mean > 0),
                        Share(d => sign > 0 ? d.Difference.Low > 0 : d.Difference.High < 0),
                        Share(d => sign > 0 ? d.Difference.High < 0 : d.Difference.Low > 0),
                        cells.Count > 0 ? cells.Average(d => d.Difference.Mean) : double.NaN,
                        worst?.Difference.Mean ?? double.NaN, worst?.Point ?? -1, worst?.Context ?? "",
                        regret.Count > 0 ? regret.Average() : double.NaN, regret.Count > 0 ? regret.Max() : double.NaN));
                }
            }
        }
        return rows;
    }

    /// <summary>The output of base and variant in the replications both have it, in replication order.</summary>
    private static (double[] Base, double[] Variant) Pairs(IReadOnlyList<SweepRecord> @base, IReadOnlyList<SweepRecord> variant, int output)
    {
        var byReplication = variant.ToDictionary(r => r.Replication);
        var pairs = @base.Where(b => byReplication.TryGetValue(b.Replication, out var v) && double.IsFinite(b.Outputs[output]) && double.IsFinite(v.Outputs[output]))
            .Select(b => (b.Outputs[output], byReplication[b.Replication].Outputs[output])).ToArray();
        return (pairs.Select(p => p.Item1).ToArray(), pairs.Select(p => p.Item2).ToArray());
    }
}
