namespace ClusterSim.Runner.Validation.Estimators;

/// <summary>A logistic regression of a yes/no outcome on one regressor: P(y = 1) = 1 / (1 + e^−(a + b·x)).</summary>
/// <param name="Intercept">a.</param>
/// <param name="Slope">b: the change in log-odds per unit of x.</param>
/// <param name="SlopeStandardError">From the inverse of the observed information at the estimate.</param>
/// <param name="N">Observations.</param>
/// <param name="Converged">Whether Newton's iterations converged; under complete separation they do not and the slope runs off.</param>
public sealed record LogitFit(double Intercept, double Slope, double SlopeStandardError, int N, bool Converged);

/// <summary>
/// Maximum-likelihood logistic regression on one regressor by Newton–Raphson (iteratively reweighted least squares),
/// written out because MathNet.Numerics has no logit; two parameters make the 2 × 2 information matrix explicit.
/// </summary>
public static class Logit
{
    public const int MaxIterations = 100;
    public const double Tolerance = 1e-10;

    public static LogitFit Fit(IReadOnlyList<double> x, IReadOnlyList<bool> y)
    {
        int n = x.Count;
        double a = 0, b = 0;
        // Start the intercept at the sample log-odds, where Newton's method converges from in every non-separated case.
        double share = y.Count(v => v) / (double)Math.Max(1, n);
        if (share is > 0 and < 1) a = Math.Log(share / (1 - share));
        else return new LogitFit(double.NaN, double.NaN, double.NaN, n, false);
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            double g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
            for (int i = 0; i < n; i++)
            {
                double p = 1 / (1 + Math.Exp(-(a + b * x[i])));
                double residual = (y[i] ? 1 : 0) - p, w = p * (1 - p);
                g0 += residual;
                g1 += residual * x[i];
                h00 += w;
                h01 += w * x[i];
                h11 += w * x[i] * x[i];
            }
            double det = h00 * h11 - h01 * h01;
            if (!(det > 0)) break;
            double da = (h11 * g0 - h01 * g1) / det, db = (h00 * g1 - h01 * g0) / det;
            a += da;
            b += db;
            if (Math.Abs(da) < Tolerance && Math.Abs(db) < Tolerance)
                return new LogitFit(a, b, Math.Sqrt(h00 / det), n, true);
        }
        return new LogitFit(a, b, double.NaN, n, false);
    }
}
