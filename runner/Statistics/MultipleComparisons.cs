using MathNet.Numerics.Distributions;

namespace ClusterSim.Runner.Statistics;

/// <summary>
/// Many differences tested at 95 % give about one false "effect" in twenty. Holm's step-down method adjusts
/// the p-values of a family of tests so that the chance of any false effect among them stays at the level
/// asked (family-wise error), without assuming the tests independent (Holm 1979).
/// </summary>
public static class MultipleComparisons
{
    /// <summary>The two-sided p-value of a paired t-test from Cohen's d_z and the number of pairs (t = d_z·√n, n − 1 degrees of freedom).</summary>
    /// <param name="dz">Mean difference over the sd of the differences; NaN when the differences do not vary.</param>
    /// <param name="meanDifference">The mean difference: with no variation, a non-zero one is certain (p = 0) and zero is no effect (p = 1).</param>
    /// <param name="n">Pairs.</param>
    public static double PairedPValue(double dz, double meanDifference, int n)
    {
        if (n < 2) return 1;
        if (double.IsNaN(dz)) return meanDifference == 0 ? 1 : 0;
        double t = Math.Abs(dz) * Math.Sqrt(n);
        return Math.Clamp(2 * (1 - StudentT.CDF(0, 1, n - 1, t)), 0, 1);
    }

    /// <summary>Holm-adjusted p-values, in the order given: a test is distinguishable from noise at level α when its adjusted p is below α.</summary>
    public static double[] Holm(IReadOnlyList<double> p)
    {
        int m = p.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => p[i]).ThenBy(i => i).ToArray();
        var adjusted = new double[m];
        double running = 0;
        for (int k = 0; k < m; k++)
        {
            running = Math.Max(running, Math.Min(1, (m - k) * p[order[k]]));
            adjusted[order[k]] = running;
        }
        return adjusted;
    }
}
