namespace ClusterSim.Runner.Statistics;

/// <summary>How an interval was computed, as the tables and reports say.</summary>
public enum IntervalMethod
{
    /// <summary>Student's t: mean ± t(0.975, n − 1)·sd/√n.</summary>
    T,
    /// <summary>Percentile bootstrap of the mean (of the pairs, for a difference), where the t-interval would leave the quantity's range.</summary>
    Bootstrap,
}

/// <summary>
/// Intervals that respect the quantity. A count's mean is never below 0 and a share's lies in [0, 1]; a
/// t-interval on a few replications of a rare event or of a share near 1 can leave that range (0 → 0.008
/// entrants a month with an interval of −0.0105 to 0.027). Where it would, the interval is the percentile
/// bootstrap instead: every resampled mean lies within the sample's range, so the interval never includes an
/// impossible value, and a paired difference whose base is identically 0 never goes below what the variant
/// allows. Resampling draws from the engine's counter-based generator under a key the caller names, so the
/// interval is the same on every run.
/// </summary>
public static class BoundedInterval
{
    public const int Resamples = 10_000;

    /// <summary>A bootstrap key from a comparison's names (FNV-1a, 64 bits): stable across runs and machines.</summary>
    public static ulong KeyOf(string names)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in names)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }

    /// <summary>The range a quantity in <paramref name="unit"/> can take: counts are non-negative, shares lie in [0, 1].</summary>
    public static (double Low, double High) RangeOf(string unit) =>
        unit == Quantities.Share ? (0, 1)
        : Quantities.IsCount(unit) || unit == "USD/month" ? (0, double.PositiveInfinity)
        : (double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>The interval of a mean of <paramref name="sample"/>, which lies in <paramref name="range"/>.</summary>
    public static (MeanInterval Interval, IntervalMethod Method) OfMean(ReadOnlySpan<double> sample, (double Low, double High) range, ulong key)
    {
        var t = MeanInterval.Of(sample);
        if (t.Low >= range.Low && t.High <= range.High) return (t, IntervalMethod.T);
        return (Percentile(sample, default, key, t.Mean), IntervalMethod.Bootstrap);
    }

    /// <summary>
    /// The interval of the mean paired difference <paramref name="variant"/> − <paramref name="base"/> where each
    /// arm lies in <paramref name="range"/>: a difference is bootstrapped when the t-interval leaves what the arms
    /// allow (below min(variant) − max(base), or above max(variant) − min(base)).
    /// </summary>
    public static (MeanInterval Interval, IntervalMethod Method) OfDifference(ReadOnlySpan<double> @base, ReadOnlySpan<double> variant, MeanInterval t, (double Low, double High) range, ulong key)
    {
        if (double.IsInfinity(range.Low) && double.IsInfinity(range.High)) return (t, IntervalMethod.T);
        double lowest = Min(variant) - Max(@base), highest = Max(variant) - Min(@base);
        if (t.Low >= lowest && t.High <= highest) return (t, IntervalMethod.T);
        return (Percentile(variant, @base, key, t.Mean), IntervalMethod.Bootstrap);
    }

    /// <summary>The 2.5 % and 97.5 % percentiles of <see cref="Resamples"/> resampled means (of pair differences when <paramref name="minus"/> is given).</summary>
    private static MeanInterval Percentile(ReadOnlySpan<double> x, ReadOnlySpan<double> minus, ulong key, double mean)
    {
        if (x.IsEmpty) return new MeanInterval(double.NaN, double.NaN, double.NaN);
        double[] values = x.ToArray(), less = minus.ToArray();
        var (low, high) = Bootstrap.Intervals(values.Length, 1, key, (chosen, into) =>
        {
            double sum = 0;
            foreach (int i in chosen) sum += less.Length == 0 ? values[i] : values[i] - less[i];
            into[0] = sum / chosen.Length;
        }, Resamples)[0];
        return new MeanInterval(mean, low, high);
    }

    private static double Min(ReadOnlySpan<double> x) { double m = double.PositiveInfinity; foreach (double v in x) m = Math.Min(m, v); return m; }

    private static double Max(ReadOnlySpan<double> x) { double m = double.NegativeInfinity; foreach (double v in x) m = Math.Max(m, v); return m; }
}
