using MathNet.Numerics.LinearRegression;

namespace ClusterSim.Runner.Validation.Estimators;

/// <summary>A straight line fitted by ordinary least squares, with the slope's standard error.</summary>
/// <param name="Intercept">Value at x = 0.</param>
/// <param name="Slope">Change in y per unit of x.</param>
/// <param name="SlopeStandardError">The usual OLS standard error, √(σ̂² / Σ(x − x̄)²) with σ̂² on n − 2 degrees of freedom; NaN with fewer than three points.</param>
/// <param name="N">Points fitted.</param>
public sealed record LineFit(double Intercept, double Slope, double SlopeStandardError, int N);

/// <summary>Ordinary least squares of y on x (MathNet.Numerics' simple regression), with the slope's standard error.</summary>
public static class LeastSquares
{
    public static LineFit Fit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        int n = x.Count;
        if (n < 2) return new LineFit(double.NaN, double.NaN, double.NaN, n);
        var (intercept, slope) = SimpleRegression.Fit(x.ToArray(), y.ToArray());
        if (n < 3) return new LineFit(intercept, slope, double.NaN, n);
        double meanX = x.Average(), sxx = 0, rss = 0;
        for (int i = 0; i < n; i++)
        {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            double residual = y[i] - intercept - slope * x[i];
            rss += residual * residual;
        }
        return new LineFit(intercept, slope, Math.Sqrt(rss / (n - 2) / sxx), n);
    }
}
