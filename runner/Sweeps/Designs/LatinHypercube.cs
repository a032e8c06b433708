using ClusterSim.Engine.Randomness;

namespace ClusterSim.Runner.Sweeps.Designs;

/// <summary>
/// A Latin hypercube of n points in d dimensions (McKay, Beckman and Conover 1979): each dimension's n strata hold one
/// point each, in a random order, at a uniform place inside the stratum. Draws come from the engine's counter-based
/// generator keyed by the design seed, so the same seed gives the same points on any machine.
/// </summary>
public static class LatinHypercube
{
    public static double[][] Points(int n, int dimensions, long seed)
    {
        var points = Enumerable.Range(0, n).Select(_ => new double[dimensions]).ToArray();
        ulong key = unchecked((ulong)seed * 0x9E37_79B9_7F4A_7C15UL) ^ 0x4C48_5300UL;
        ulong counter = 0;
        for (int d = 0; d < dimensions; d++)
        {
            var strata = Enumerable.Range(0, n).ToArray();
            for (int i = n - 1; i > 0; i--) // Fisher–Yates
            {
                int j = (int)(CounterRandom.Uniform(key, counter++) * (i + 1));
                (strata[i], strata[j]) = (strata[j], strata[i]);
            }
            for (int i = 0; i < n; i++) points[i][d] = (strata[i] + CounterRandom.Uniform(key, counter++)) / n;
        }
        return points;
    }
}
