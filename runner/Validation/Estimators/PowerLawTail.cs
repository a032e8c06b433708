namespace ClusterSim.Runner.Validation.Estimators;

/// <summary>
/// A fitted power-law tail P(S ≥ s) ∝ s^−α above a lower cut-off, with α the exponent of the complementary
/// cumulative distribution (Axtell 2001 reports this one: 1.06 for US firms; the density's exponent is α + 1).
/// </summary>
/// <param name="Alpha">Exponent of the complementary cumulative distribution.</param>
/// <param name="StandardError">Its asymptotic standard error, α/√n (Clauset, Shalizi and Newman 2009, eq. 3.2).</param>
/// <param name="Cutoff">The lower cut-off s_min chosen by the Kolmogorov–Smirnov distance.</param>
/// <param name="TailSize">Observations at or above the cut-off.</param>
/// <param name="KsDistance">The Kolmogorov–Smirnov distance of the fit at the cut-off.</param>
public sealed record PowerLawFit(double Alpha, double StandardError, double Cutoff, int TailSize, double KsDistance);

/// <summary>
/// Power-law tails by maximum likelihood with the lower cut-off chosen to minimise the Kolmogorov–Smirnov distance
/// between the tail's empirical and fitted distributions (Clauset, Shalizi and Newman, SIAM Review 51(4), 2009,
/// §3), and by least squares on a log-binned histogram for comparison (the older estimate that paper warns about).
/// </summary>
public static class PowerLawTail
{
    /// <summary>Fewest observations a cut-off may leave in the tail: fewer give an exponent too noisy to report.</summary>
    public const int MinimumTail = 50;

    /// <summary>
    /// The maximum-likelihood fit with the KS-chosen cut-off. For integer data (<paramref name="discrete"/>), the
    /// continuous approximation with the half-unit shift, α = n / Σ ln(x / (s_min − ½)) (Clauset et al. eq. 3.7), which
    /// is accurate to about 1 % for s_min ≥ 6 and is the one their code uses in that range; cut-offs are then tried
    /// from 6 up. Null when fewer than <see cref="MinimumTail"/> observations are ≥ any cut-off tried.
    /// </summary>
    /// <param name="values">The sample (positive values; others are ignored).</param>
    /// <param name="discrete">Values are integer counts (employees).</param>
    public static PowerLawFit? Fit(IEnumerable<double> values, bool discrete)
    {
        var x = values.Where(v => v > 0 && double.IsFinite(v)).Order().ToArray();
        double shift = discrete ? 0.5 : 0;
        double lowest = discrete ? 6 : 0;
        PowerLawFit? best = null;
        // Suffix sums of ln x give each candidate's likelihood in O(1); each KS distance is one pass over the tail.
        var suffixLog = new double[x.Length + 1];
        for (int i = x.Length - 1; i >= 0; i--) suffixLog[i] = suffixLog[i + 1] + Math.Log(x[i]);
        for (int start = 0; start < x.Length; start++)
        {
            if (start > 0 && x[start] == x[start - 1]) continue;
            int n = x.Length - start;
            if (n < MinimumTail) break;
            double cutoff = x[start];
            if (cutoff < lowest) continue;
            double denominator = suffixLog[start] - n * Math.Log(cutoff - shift);
            if (denominator <= 0) continue;
            double alpha = n / denominator;
            double d = KsDistance(x.AsSpan(start), cutoff, shift, alpha);
            if (best is null || d < best.KsDistance)
                best = new PowerLawFit(alpha, alpha / Math.Sqrt(n), cutoff, n, d);
        }
        return best;
    }

    /// <summary>The largest gap between the tail's empirical P(S ≥ s) and the fitted ((s − shift)/(s_min − shift))^−α, over its distinct values.</summary>
    private static double KsDistance(ReadOnlySpan<double> tail, double cutoff, double shift, double alpha)
    {
        double n = tail.Length, d = 0;
        for (int i = 0; i < tail.Length; i++)
        {
            if (i > 0 && tail[i] == tail[i - 1]) continue;
            double empirical = (n - i) / n;
            double fitted = Math.Pow((tail[i] - shift) / (cutoff - shift), -alpha);
            d = Math.Max(d, Math.Abs(empirical - fitted));
        }
        return d;
    }

    /// <summary>
    /// The exponent from least squares on a log-binned histogram: bins doubling in width from <paramref name="cutoff"/>,
    /// log density against log bin centre; the density's slope is −(α + 1). NaN with fewer than three non-empty bins.
    /// </summary>
    /// <param name="values">The sample.</param>
    /// <param name="cutoff">Lowest value counted (the MLE's cut-off, so both describe the same tail).</param>
    public static double LogBinnedAlpha(IEnumerable<double> values, double cutoff)
    {
        var tail = values.Where(v => v >= cutoff && double.IsFinite(v)).ToArray();
        if (tail.Length == 0 || cutoff <= 0) return double.NaN;
        var counts = new SortedDictionary<int, int>();
        foreach (double v in tail)
        {
            int bin = (int)Math.Floor(Math.Log2(v / cutoff));
            counts[bin] = counts.GetValueOrDefault(bin) + 1;
        }
        if (counts.Count < 3) return double.NaN;
        var logCentre = new List<double>();
        var logDensity = new List<double>();
        foreach (var (bin, count) in counts)
        {
            double low = cutoff * Math.Pow(2, bin), high = 2 * low;
            logCentre.Add(Math.Log(Math.Sqrt(low * high)));
            logDensity.Add(Math.Log(count / (tail.Length * (high - low))));
        }
        return -LeastSquares.Fit(logCentre, logDensity).Slope - 1;
    }
}
