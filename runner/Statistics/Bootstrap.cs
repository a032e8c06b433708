using ClusterSim.Engine.Randomness;

namespace ClusterSim.Runner.Statistics;

/// <summary>
/// Percentile bootstrap over units (trajectories of a Morris design, base samples of a Saltelli design): resample the
/// units with replacement, recompute the estimates on each resample, and take the 2.5 % and 97.5 % percentiles of
/// each. Draws come from the engine's counter-based generator keyed by <c>key</c>, so an interval is the same on every
/// run and thread count.
/// </summary>
public static class Bootstrap
{
    /// <summary>Resamples a bootstrap interval is computed from (as SALib's default, 1,000).</summary>
    public const int Resamples = 1000;

    /// <summary>
    /// The 95 % percentile interval of each of <paramref name="estimates"/>' values: <paramref name="estimates"/>
    /// is given the units' indices of a resample (with repeats) and fills its span, one value per quantity.
    /// A quantity a resample cannot estimate (NaN) is left out of that quantity's percentiles.
    /// </summary>
    /// <param name="resamples">How many resamples (BoundedInterval's intervals of means take more).</param>
    public static (double Low, double High)[] Intervals(int units, int quantities, ulong key, Action<ReadOnlySpan<int>, Span<double>> estimates, int resamples = Resamples)
    {
        var draws = new double[quantities][];
        for (int q = 0; q < quantities; q++) draws[q] = new double[resamples];
        var indices = new int[units];
        var values = new double[quantities];
        ulong counter = 0;
        for (int b = 0; b < resamples; b++)
        {
            for (int i = 0; i < units; i++) indices[i] = Math.Min(units - 1, (int)(CounterRandom.Uniform(key, counter++) * units));
            estimates(indices, values);
            for (int q = 0; q < quantities; q++) draws[q][b] = values[q];
        }
        var intervals = new (double, double)[quantities];
        for (int q = 0; q < quantities; q++)
        {
            var finite = draws[q].Where(double.IsFinite).Order().ToArray();
            intervals[q] = finite.Length == 0 ? (double.NaN, double.NaN)
                : (finite[(int)(0.025 * (finite.Length - 1))], finite[(int)Math.Ceiling(0.975 * (finite.Length - 1))]);
        }
        return intervals;
    }
}
