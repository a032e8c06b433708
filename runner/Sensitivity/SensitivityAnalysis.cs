using ClusterSim.Loader;
using ClusterSim.Runner.Statistics;
using ClusterSim.Runner.Sweeps;

namespace ClusterSim.Runner.Sensitivity;

/// <summary>One index of one parameter (or pair, for second order) on one output in one block: a row of sensitivity.csv.</summary>
/// <param name="Index">mu_star, mu, sigma (morris); s1, st, s2 (sobol); mu_star_noise, noise_share (the replication noise's, with no parameter).</param>
/// <param name="Parameter">The swept key; empty for a noise reference.</param>
/// <param name="Parameter2">The pair's other parameter for s2; empty otherwise.</param>
/// <param name="Low">Lower end of the 95 % bootstrap interval (NaN where the index has none: mu, sigma).</param>
/// <param name="Samples">Trajectories (morris) or base samples (sobol) with the output.</param>
public sealed record SensitivityRow(string Scenario, string Context, string Variant, string Output, string Method, string Index,
    string Parameter, string Parameter2, double Estimate, double Low, double High, int Samples);

/// <summary>
/// The indices a morris or sobol sweep's design supports, per block (context × variant) and output, computed on each
/// point's mean over its replications (replications share their seeds across points, so the mean keeps the design's
/// common random numbers). With two or more replications a point, each output also gets the index its replication
/// noise alone would give if it were independent between points (<c>mu_star_noise</c>: E|ε₂ − ε₁| / Δ = 2σ/(√π Δ)
/// for a point mean's noise sd σ; <c>noise_share</c>: σ² / V): common seeds make the real floor lower, so a parameter
/// above it is told apart from noise and one below it may not be.
/// </summary>
public static class SensitivityAnalysis
{
    public static bool Applies(SweepPlan plan) => plan.File.Sweep.Design is SweepDesign.Morris or SweepDesign.Sobol;

    public static IReadOnlyList<SensitivityRow> Of(SweepResults results)
    {
        var plan = results.Plan;
        if (!Applies(plan)) return [];
        var keys = plan.Parameters.Select(p => p.Key).ToArray();
        var rows = new List<SensitivityRow>();
        foreach (string context in plan.Contexts)
            foreach (string variant in results.Variants)
                for (int o = 0; o < plan.Outputs.Count; o++)
                {
                    int output = o;
                    var block = new Block(results.ScenarioOf(context), context, variant, plan.Outputs[o].Name, keys,
                        BoundedInterval.KeyOf($"sensitivity|{context}|{variant}|{plan.Outputs[o].Name}"), results.NoiseOfMean(context, variant, o));
                    double Y(SweepPoint p) => results.Mean(context, variant, p.Index, output);
                    rows.AddRange(plan.File.Sweep.Design == SweepDesign.Morris ? MorrisRows(block, Trajectories(plan.Points, keys, Y)) : SobolRows(block, Samples(plan.Points, keys.Length, Y)));
                }
        return rows;
    }

    /// <summary>One output in one context with one variant: what its rows share.</summary>
    /// <param name="Key">Keys the bootstrap's draws.</param>
    /// <param name="NoiseOfMean">Replication noise variance of a point's mean, where points have two or more replications.</param>
    private sealed record Block(string Scenario, string Context, string Variant, string Output, string[] Keys, ulong Key, double? NoiseOfMean)
    {
        public SensitivityRow Row(string method, string index, int j, int k, double estimate, double low, double high, int n) =>
            new(Scenario, Context, Variant, Output, method, index, j >= 0 ? Keys[j] : "", k >= 0 ? Keys[k] : "", estimate, low, high, n);
    }

    private static IEnumerable<SensitivityRow> MorrisRows(Block block, List<IReadOnlyList<MorrisStep>> trajectories)
    {
        var measures = MorrisIndices.Of(trajectories, block.Keys.Length, block.Key);
        if (block.NoiseOfMean is double variance)
        {
            double delta = trajectories.SelectMany(t => t).Select(step => Math.Abs(step.UnitStep)).DefaultIfEmpty(double.NaN).Average();
            yield return block.Row("morris", "mu_star_noise", -1, -1, 2 * Math.Sqrt(variance) / (Math.Sqrt(Math.PI) * delta), double.NaN, double.NaN, trajectories.Count);
        }
        for (int j = 0; j < measures.Length; j++)
        {
            var m = measures[j];
            yield return block.Row("morris", "mu_star", j, -1, m.MuStar, m.MuStarLow, m.MuStarHigh, m.Effects);
            yield return block.Row("morris", "mu", j, -1, m.Mu, double.NaN, double.NaN, m.Effects);
            yield return block.Row("morris", "sigma", j, -1, m.Sigma, double.NaN, double.NaN, m.Effects);
        }
    }

    private static IEnumerable<SensitivityRow> SobolRows(Block block, List<SaltelliSample> samples)
    {
        int d = block.Keys.Length;
        var measures = SobolIndices.Of(samples, d, block.Key);
        int n = measures.Samples;
        if (block.NoiseOfMean is double variance)
            yield return block.Row("sobol", "noise_share", -1, -1, variance / measures.Variance, double.NaN, double.NaN, n);
        for (int j = 0; j < d; j++)
            yield return block.Row("sobol", "s1", j, -1, measures.First[j].Estimate, measures.First[j].Low, measures.First[j].High, n);
        for (int j = 0; j < d; j++)
            yield return block.Row("sobol", "st", j, -1, measures.Total[j].Estimate, measures.Total[j].Low, measures.Total[j].High, n);
        if (measures.Second is not { } second) yield break;
        for (int j = 0; j < d; j++)
            for (int k = j + 1; k < d; k++)
                yield return block.Row("sobol", "s2", j, k, second[j, k].Estimate, second[j, k].Low, second[j, k].High, n);
    }

    /// <summary>Each trajectory's steps from the points' labels (trajectory, step, factor) and unit coordinates.</summary>
    private static List<IReadOnlyList<MorrisStep>> Trajectories(IReadOnlyList<SweepPoint> points, string[] keys, Func<SweepPoint, double> y)
    {
        var trajectories = new List<IReadOnlyList<MorrisStep>>();
        foreach (var trajectory in points.GroupBy(p => Label(p, "trajectory")))
        {
            var path = trajectory.OrderBy(p => int.Parse(Label(p, "step"), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var steps = new List<MorrisStep>();
            for (int s = 1; s < path.Length; s++)
            {
                int factor = Array.IndexOf(keys, Label(path[s], "factor"));
                steps.Add(new MorrisStep(factor, path[s].Unit![factor] - path[s - 1].Unit![factor], y(path[s]) - y(path[s - 1])));
            }
            trajectories.Add(steps);
        }
        return trajectories;
    }

    /// <summary>Each base sample's outputs from the points' labels (sample, block).</summary>
    private static List<SaltelliSample> Samples(IReadOnlyList<SweepPoint> points, int factors, Func<SweepPoint, double> y)
    {
        var samples = new List<SaltelliSample>();
        foreach (var sample in points.GroupBy(p => Label(p, "sample")))
        {
            var blocks = sample.ToDictionary(p => Label(p, "block"), y, StringComparer.Ordinal);
            var ab = Enumerable.Range(1, factors).Select(j => blocks[$"ab_{j}"]).ToArray();
            var ba = blocks.ContainsKey("ba_1") ? Enumerable.Range(1, factors).Select(j => blocks[$"ba_{j}"]).ToArray() : null;
            samples.Add(new SaltelliSample(blocks["a"], blocks["b"], ab, ba));
        }
        return samples;
    }

    private static string Label(SweepPoint point, string name) => point.Labels.First(l => l.Name == name).Value;
}
