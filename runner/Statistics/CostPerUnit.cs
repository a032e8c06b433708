using ClusterSim.Engine.Randomness;

namespace ClusterSim.Runner.Statistics;

/// <summary>
/// Public money per unit of outcome over a window, with its interval: the variant's extra public spending over
/// the window divided by its extra outcome (USD per additional job, per additional firm founded). For a stock
/// the outcome is its mean difference over the window (jobs held on average in the final year); for a flow its
/// total over the window. The interval is a percentile bootstrap of the ratio over the paired replications,
/// drawn from the engine's counter-based generator; where resampled outcomes reach zero or change sign the
/// ratio is unbounded on that side (an infinite end). Only an effect distinguishable from noise has a cost per
/// unit worth reading; the report shows no other.
/// </summary>
public static class CostPerUnit
{
    public const int Resamples = 10_000;

    /// <param name="spendDifferences">Each replication's mean monthly difference in public spending over the window (USD/month).</param>
    /// <param name="outcomeDifferences">Each replication's mean difference of the outcome over the window (per month for a flow).</param>
    /// <param name="months">Months in the window.</param>
    /// <param name="isFlow">The outcome is a flow (its total over the window counts), not a stock (its mean level counts).</param>
    /// <param name="key">Names the comparison, so its draws are its own and the same on every run.</param>
    /// <returns>USD per unit of outcome with its 95 % interval; NaN when spending or the outcome does not differ.</returns>
    public static MeanInterval Of(ReadOnlySpan<double> spendDifferences, ReadOnlySpan<double> outcomeDifferences, int months, bool isFlow, ulong key)
    {
        int n = spendDifferences.Length;
        double Ratio(double spend, double outcome) => spend * months / (outcome * (isFlow ? months : 1));
        double spendMean = MeanInterval.AverageOf(spendDifferences), outcomeMean = MeanInterval.AverageOf(outcomeDifferences);
        if (n == 0 || spendMean == 0 || outcomeMean == 0) return new MeanInterval(double.NaN, double.NaN, double.NaN);
        var ratios = new double[Resamples];
        ulong counter = 0;
        for (int b = 0; b < Resamples; b++)
        {
            double spend = 0, outcome = 0;
            for (int j = 0; j < n; j++)
            {
                int i = Math.Min(n - 1, (int)(CounterRandom.Uniform(key, counter++) * n));
                spend += spendDifferences[i];
                outcome += outcomeDifferences[i];
            }
            // An outcome of the other sign, or none, gives no finite cost: that end of the interval is unbounded.
            ratios[b] = Math.Sign(outcome) == Math.Sign(outcomeMean) ? Ratio(spend / n, outcome / n) : Math.Sign(spendMean) * double.PositiveInfinity;
        }
        Array.Sort(ratios);
        return new MeanInterval(Ratio(spendMean, outcomeMean), ratios[(int)(0.025 * (Resamples - 1))], ratios[(int)Math.Ceiling(0.975 * (Resamples - 1))]);
    }
}
