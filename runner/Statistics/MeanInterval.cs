using MathNet.Numerics.Distributions;

namespace ClusterSim.Runner.Statistics;

/// <summary>A mean with its 95 % confidence interval, mean ± t(0.975, n − 1)·sd/√n; with one observation the interval is the point.</summary>
public readonly record struct MeanInterval(double Mean, double Low, double High)
{
    /// <param name="mean">Sample mean.</param>
    /// <param name="variance">Sample variance (n − 1 denominator).</param>
    /// <param name="n">Observations.</param>
    public static MeanInterval Of(double mean, double variance, int n)
    {
        double half = n > 1 ? StudentT.InvCDF(0, 1, n - 1, 0.975) * Math.Sqrt(variance / n) : 0;
        return new MeanInterval(mean, mean - half, mean + half);
    }

    public static MeanInterval Of(ReadOnlySpan<double> sample) => Of(AverageOf(sample), VarianceOf(sample), sample.Length);

    public static double AverageOf(ReadOnlySpan<double> x)
    {
        double sum = 0;
        foreach (double v in x) sum += v;
        return x.Length > 0 ? sum / x.Length : double.NaN;
    }

    /// <summary>Sample variance, two-pass for accuracy; 0 for fewer than two observations.</summary>
    public static double VarianceOf(ReadOnlySpan<double> x)
    {
        if (x.Length < 2) return 0;
        double mean = AverageOf(x), ss = 0;
        foreach (double v in x) ss += (v - mean) * (v - mean);
        return ss / (x.Length - 1);
    }
}
