using System.Globalization;
using ClusterSim.Loader.Validation;
using ClusterSim.Runner.Statistics;

namespace ClusterSim.Runner.Validation;

/// <summary>
/// Verdicts from per-replication values. A level passes when the mean over replications lies in the band
/// (validation-targets.md: "report simulated mean ± sd beside the target"). A sign passes only when the 95 %
/// interval of the mean (paired) difference lies wholly on the expected side: a difference the replications cannot
/// tell from zero is a miss, and so is one on the wrong side ("reversed"). Replications where a value is undefined
/// (NaN: e.g. no firm in a class) are left out, pairwise, and the scorecard's n says how many remained.
/// </summary>
public static class Judges
{
    public static CheckOutcome Level(double[] values, Band band, string unit, ulong key)
    {
        var x = values.Where(double.IsFinite).ToArray();
        string expected = BandText(band);
        if (x.Length == 0) return Undefined(expected, band);
        var (interval, _) = BoundedInterval.OfMean(x, BoundedInterval.RangeOf(unit), key);
        double mean = interval.Mean, sd = Math.Sqrt(MeanInterval.VarianceOf(x));
        var verdict = band.Contains(mean) ? Verdict.Pass : Verdict.Miss;
        string reason = verdict == Verdict.Pass ? $"mean {Format(mean)} lies in {expected}"
            : band.Low is double low && mean < low ? $"mean {Format(mean)} is below the band's {Format(low)}"
            : $"mean {Format(mean)} is above the band's {Format(band.High!.Value)}";
        return new CheckOutcome(x.Length, mean, sd, interval.Low, interval.High, band.Low ?? double.NaN, band.High ?? double.NaN, expected, verdict, reason);
    }

    /// <summary>The paired difference variant − base, by compare's code path (<see cref="PairedComparison"/> with bounded intervals).</summary>
    public static CheckOutcome Paired(double[] @base, double[] variant, Direction expect, string unit, ulong key)
    {
        var pairs = Enumerable.Range(0, Math.Min(@base.Length, variant.Length)).Where(r => double.IsFinite(@base[r]) && double.IsFinite(variant[r])).ToArray();
        if (pairs.Length < 2) return Undefined(SignText(expect), new Band());
        var stats = PairedComparison.Of(pairs.Select(r => @base[r]).ToArray(), pairs.Select(r => variant[r]).ToArray(), BoundedInterval.RangeOf(unit), key);
        return Sign(stats.Difference, Math.Sqrt(stats.VarPaired), pairs.Length, expect);
    }

    /// <summary>A per-replication difference (already formed: a within-run contrast, an interaction) against zero.</summary>
    public static CheckOutcome Difference(double[] differences, Direction expect)
    {
        var d = differences.Where(double.IsFinite).ToArray();
        if (d.Length < 2) return Undefined(SignText(expect), new Band());
        return Sign(MeanInterval.Of(d), Math.Sqrt(MeanInterval.VarianceOf(d)), d.Length, expect);
    }

    /// <summary>Two groups of independent runs (different regions): Welch's interval of the difference of means.</summary>
    public static CheckOutcome Unpaired(double[] lower, double[] higher)
    {
        var a = higher.Where(double.IsFinite).ToArray();
        var b = lower.Where(double.IsFinite).ToArray();
        if (a.Length < 2 || b.Length < 2) return Undefined(SignText(Direction.Higher), new Band());
        double va = MeanInterval.VarianceOf(a) / a.Length, vb = MeanInterval.VarianceOf(b) / b.Length;
        double mean = a.Average() - b.Average(), se = Math.Sqrt(va + vb);
        double df = se > 0 ? Math.Pow(va + vb, 2) / (va * va / (a.Length - 1) + vb * vb / (b.Length - 1)) : a.Length + b.Length - 2;
        double half = se > 0 ? MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, df, 0.975) * se : 0;
        return Sign(new MeanInterval(mean, mean - half, mean + half), se, a.Length + b.Length, Direction.Higher);
    }

    /// <summary>Marks an outcome as by construction: the verdict names the rule, the reason keeps what the test found.</summary>
    public static CheckOutcome ByConstruction(CheckOutcome tested, ByConstruction rule) =>
        tested with { Verdict = Verdict.ByConstruction, Reason = $"by construction ({rule.Rule}: {rule.Why}); the test itself: {Name(tested.Verdict)}, {tested.Reason}" };

    private static CheckOutcome Sign(MeanInterval d, double sd, int n, Direction expect)
    {
        double sign = expect == Direction.Higher ? 1 : -1;
        bool right = sign * d.Low > 0 && sign * d.High > 0;
        bool reversed = sign * d.Low < 0 && sign * d.High < 0;
        var verdict = right ? Verdict.Pass : Verdict.Miss;
        string interval = $"{Format(d.Mean)} ({Format(d.Low)} to {Format(d.High)})";
        string reason = right ? $"difference {interval} is {(expect == Direction.Higher ? "above" : "below")} zero"
            : reversed ? $"reversed: difference {interval} is {(expect == Direction.Higher ? "below" : "above")} zero"
            : $"difference {interval} cannot be told from zero";
        return new CheckOutcome(n, d.Mean, sd, d.Low, d.High, double.NaN, double.NaN, SignText(expect), verdict, reason) { Expect = expect };
    }

    private static CheckOutcome Undefined(string expected, Band band) =>
        new(0, double.NaN, double.NaN, double.NaN, double.NaN, band.Low ?? double.NaN, band.High ?? double.NaN, expected, Verdict.Miss,
            "undefined in every replication (too few firms or events for the statistic)");

    public static string SignText(Direction expect) => expect == Direction.Higher ? "difference > 0" : "difference < 0";

    public static string BandText(Band band) => (band.Low, band.High) switch
    {
        (double l, double h) => $"[{Format(l)}, {Format(h)}]",
        (double l, null) => $"≥ {Format(l)}",
        (null, double h) => $"≤ {Format(h)}",
        _ => "any value",
    };

    public static string Name(Verdict verdict) => Engine.Scenarios.ScenarioSchema.SnakeCase(verdict.ToString());

    public static string Format(double x) => double.IsNaN(x) ? "NaN" : x.ToString(Math.Abs(x) >= 100 ? "0.#" : "0.####", CultureInfo.InvariantCulture);
}
