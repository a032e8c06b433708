namespace ClusterSim.Runner.Statistics;

/// <summary>
/// Base and variant measured on the same replications (common random numbers) and their paired difference
/// variant − base. Pairing removes the noise the two share: <see cref="VarPaired"/> (the variance of the
/// differences) is below <see cref="VarUnpaired"/> (var(base) + var(variant), what independent runs would give)
/// by twice their covariance.
/// </summary>
/// <param name="N">Replications.</param>
/// <param name="Base">Mean of the base with its interval.</param>
/// <param name="Variant">Mean of the variant with its interval.</param>
/// <param name="Difference">Mean paired difference with its interval.</param>
/// <param name="EffectSizeDz">Cohen's d_z: mean difference over the sd of the differences; NaN when they do not vary.</param>
/// <param name="SignAgreement">Share of replications whose difference has the sign of the mean difference (zero counts as zero).</param>
/// <param name="VarPaired">Sample variance of the differences.</param>
/// <param name="VarUnpaired">Sample variance of the base plus that of the variant.</param>
/// <param name="Method">How the intervals were computed: the t-interval, or a bootstrap where it would leave the quantity's range.</param>
public sealed record PairedComparison(
    int N, MeanInterval Base, MeanInterval Variant, MeanInterval Difference,
    double EffectSizeDz, double SignAgreement, double VarPaired, double VarUnpaired, IntervalMethod Method = IntervalMethod.T)
{
    /// <summary>
    /// As <see cref="Of(ReadOnlySpan{double}, ReadOnlySpan{double})"/>, with intervals that respect the quantity:
    /// each arm's within <paramref name="range"/>, the difference within what the arms allow (<see cref="BoundedInterval"/>).
    /// </summary>
    /// <param name="key">Names the comparison, so its bootstrap draws are its own and the same on every run.</param>
    public static PairedComparison Of(ReadOnlySpan<double> baseValues, ReadOnlySpan<double> variantValues, (double Low, double High) range, ulong key)
    {
        var t = Of(baseValues, variantValues);
        var (b, mb) = BoundedInterval.OfMean(baseValues, range, key);
        var (v, mv) = BoundedInterval.OfMean(variantValues, range, key ^ 0x1);
        var (d, md) = BoundedInterval.OfDifference(baseValues, variantValues, t.Difference, range, key ^ 0x2);
        var method = mb == IntervalMethod.Bootstrap || mv == IntervalMethod.Bootstrap || md == IntervalMethod.Bootstrap ? IntervalMethod.Bootstrap : IntervalMethod.T;
        return t with { Base = b, Variant = v, Difference = d, Method = method };
    }

    /// <param name="baseValues">The base's value in each replication.</param>
    /// <param name="variantValues">The variant's value in the same replications, in the same order.</param>
    public static PairedComparison Of(ReadOnlySpan<double> baseValues, ReadOnlySpan<double> variantValues)
    {
        if (baseValues.Length != variantValues.Length) throw new ArgumentException("paired samples must have the same length");
        int n = baseValues.Length;
        Span<double> d = n <= 1024 ? stackalloc double[n] : new double[n];
        for (int i = 0; i < n; i++) d[i] = variantValues[i] - baseValues[i];
        var difference = MeanInterval.Of(d);
        double varPaired = MeanInterval.VarianceOf(d);
        int sign = Math.Sign(difference.Mean), agreeing = 0;
        foreach (double x in d) if (Math.Sign(x) == sign) agreeing++;
        return new PairedComparison(
            n,
            MeanInterval.Of(baseValues),
            MeanInterval.Of(variantValues),
            difference,
            varPaired > 0 ? difference.Mean / Math.Sqrt(varPaired) : double.NaN,
            n > 0 ? agreeing / (double)n : double.NaN,
            varPaired,
            MeanInterval.VarianceOf(baseValues) + MeanInterval.VarianceOf(variantValues));
    }
}
