using ClusterSim.Runner.Statistics;

namespace ClusterSim.Runner.Sensitivity;

/// <summary>The outputs of one base sample of a Saltelli design: at A, at B, at each AB_j (A with column j from B) and, where the design has them, at each BA_j (B with column j from A).</summary>
public sealed record SaltelliSample(double A, double B, double[] AB, double[]? BA);

/// <summary>A Sobol index with its 95 % bootstrap interval (base samples resampled).</summary>
public readonly record struct SobolIndex(double Estimate, double Low, double High);

/// <summary>First-order and total indices per parameter and, where the design has BA rows, second-order indices per pair.</summary>
/// <param name="Samples">Base samples the indices are computed from.</param>
/// <param name="Second">Second-order index of (j, k), j &lt; k, at [j, k]; null without BA rows.</param>
/// <param name="Variance">V: the variance of the output over A and B together, which every index divides.</param>
public sealed record SobolMeasures(int Samples, SobolIndex[] First, SobolIndex[] Total, SobolIndex[,]? Second, double Variance);

/// <summary>
/// Sobol indices from a Saltelli design, with the estimators SALib uses: first order from Saltelli et al. 2010 (Comput.
/// Phys. Commun. 181:259, table 2 (b)), S1_j = mean(f(B)·(f(AB_j) − f(A))) / V; total from Jansen 1999,
/// ST_j = mean((f(A) − f(AB_j))²) / 2V; second order from Saltelli 2002, S2_jk = mean(f(BA_j)·f(AB_k) − f(A)·f(B)) / V
/// − S1_j − S1_k; V the variance of f over A and B together. The outputs are centred on their mean first, as SALib
/// does: the first- and second-order estimators are not invariant to a shift of f, and on an output whose mean is
/// large against its spread (employment, value added) they would otherwise scatter far beyond [0, 1]. A base sample
/// with an output that is not a number is left out.
/// </summary>
public static class SobolIndices
{
    public static SobolMeasures Of(IReadOnlyList<SaltelliSample> samples, int factors, ulong key)
    {
        var usable = Centred(samples.Where(s => double.IsFinite(s.A) && double.IsFinite(s.B) && s.AB.All(double.IsFinite) && (s.BA is null || s.BA.All(double.IsFinite))).ToArray());
        bool second = usable.Length > 0 && usable.All(s => s.BA is not null);
        int pairs = second ? factors * (factors - 1) / 2 : 0, quantities = 2 * factors + pairs;
        var all = new double[quantities];
        var everyOne = Enumerable.Range(0, usable.Length).ToArray();
        Estimate(usable, everyOne, factors, second, all);
        var intervals = Bootstrap.Intervals(usable.Length, quantities, key, (indices, into) => Estimate(usable, indices, factors, second, into));
        SobolIndex At(int q) => new(all[q], intervals[q].Low, intervals[q].High);
        var first = Enumerable.Range(0, factors).Select(At).ToArray();
        var total = Enumerable.Range(factors, factors).Select(At).ToArray();
        SobolIndex[,]? secondOrder = null;
        if (second)
        {
            secondOrder = new SobolIndex[factors, factors];
            int q = 2 * factors;
            for (int j = 0; j < factors; j++)
                for (int k = j + 1; k < factors; k++)
                    secondOrder[j, k] = At(q++);
        }
        return new SobolMeasures(usable.Length, first, total, secondOrder, usable.Length > 0 ? VarianceOf(usable, everyOne) : double.NaN);
    }

    /// <summary>The samples with their mean output (over every row of every sample) taken off every output.</summary>
    private static SaltelliSample[] Centred(SaltelliSample[] samples)
    {
        var all = samples.SelectMany(s => s.AB.Concat(s.BA ?? []).Append(s.A).Append(s.B)).ToArray();
        double mean = all.Length > 0 ? all.Average() : 0;
        return samples.Select(s => new SaltelliSample(s.A - mean, s.B - mean, s.AB.Select(y => y - mean).ToArray(), s.BA?.Select(y => y - mean).ToArray())).ToArray();
    }

    /// <summary>V over the chosen samples: the variance of f at A and B together (n denominator, as SALib's np.var).</summary>
    private static double VarianceOf(SaltelliSample[] samples, ReadOnlySpan<int> chosen)
    {
        int n = chosen.Length;
        double mean = 0;
        foreach (int i in chosen) mean += samples[i].A + samples[i].B;
        mean /= 2 * n;
        double variance = 0;
        foreach (int i in chosen) variance += (samples[i].A - mean) * (samples[i].A - mean) + (samples[i].B - mean) * (samples[i].B - mean);
        return variance / (2 * n);
    }

    /// <summary>Fills S1 (factors values), ST (factors values) and S2 (pairs j &lt; k, row by row) from the chosen samples.</summary>
    private static void Estimate(SaltelliSample[] samples, ReadOnlySpan<int> chosen, int factors, bool second, Span<double> into)
    {
        int n = chosen.Length;
        double variance = n > 0 ? VarianceOf(samples, chosen) : double.NaN;
        if (!(variance > 0))
        {
            into.Fill(double.NaN);
            return;
        }
        for (int j = 0; j < factors; j++)
        {
            double s1 = 0, st = 0;
            foreach (int i in chosen)
            {
                var s = samples[i];
                s1 += s.B * (s.AB[j] - s.A);
                st += (s.A - s.AB[j]) * (s.A - s.AB[j]);
            }
            into[j] = s1 / n / variance;
            into[factors + j] = st / n / (2 * variance);
        }
        if (!second) return;
        int q = 2 * factors;
        for (int j = 0; j < factors; j++)
            for (int k = j + 1; k < factors; k++)
            {
                double v = 0;
                foreach (int i in chosen) v += samples[i].BA![j] * samples[i].AB[k] - samples[i].A * samples[i].B;
                into[q++] = v / n / variance - into[j] - into[k];
            }
    }
}
