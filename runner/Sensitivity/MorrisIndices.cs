using ClusterSim.Runner.Statistics;

namespace ClusterSim.Runner.Sensitivity;

/// <summary>One step of a Morris trajectory: the factor it moved, by how much in the unit cube, and the output's change.</summary>
/// <param name="Factor">The parameter the step moved (0-based).</param>
/// <param name="UnitStep">Its signed move in the unit cube (±Δ, less where the design clamped it).</param>
/// <param name="Change">The output after the step minus the output before it.</param>
public readonly record struct MorrisStep(int Factor, double UnitStep, double Change)
{
    /// <summary>The elementary effect: the output's change per unit of the factor's range.</summary>
    public double Effect => Change / UnitStep;
}

/// <summary>A parameter's Morris measures for one output.</summary>
/// <param name="MuStar">Mean absolute elementary effect (Campolongo et al. 2007): the parameter's overall influence.</param>
/// <param name="MuStarLow">Lower end of μ*'s 95 % bootstrap interval (trajectories resampled).</param>
/// <param name="MuStarHigh">Upper end of that interval.</param>
/// <param name="Mu">Mean elementary effect: its sign says the direction where effects agree.</param>
/// <param name="Sigma">Standard deviation of the elementary effects: interactions or non-linearity.</param>
/// <param name="Effects">Elementary effects the measures are computed from.</param>
public sealed record MorrisMeasures(double MuStar, double MuStarLow, double MuStarHigh, double Mu, double Sigma, int Effects);

/// <summary>
/// Morris's elementary-effects measures (Morris 1991; μ* from Campolongo, Cariboni and Saltelli 2007) from a design's
/// trajectories: each step's effect is the output's change over the factor's move in the unit cube, as SALib computes
/// it, so μ* of a linear model is |coefficient| × (high − low) whatever the step. A step whose output is not a number is
/// left out.
/// </summary>
public static class MorrisIndices
{
    /// <param name="trajectories">Each trajectory's steps, in order.</param>
    /// <param name="factors">Number of parameters.</param>
    /// <param name="key">Keys the bootstrap's draws.</param>
    public static MorrisMeasures[] Of(IReadOnlyList<IReadOnlyList<MorrisStep>> trajectories, int factors, ulong key)
    {
        var usable = trajectories.Select(t => t.Where(s => double.IsFinite(s.Effect)).ToArray()).ToArray();
        var measures = new MorrisMeasures[factors];
        var (muStar, mu, sigma, count) = Measures(usable, Enumerable.Range(0, usable.Length).ToArray(), factors);
        var intervals = Bootstrap.Intervals(usable.Length, factors, key, (indices, into) =>
        {
            var (resampled, _, _, _) = Measures(usable, indices, factors);
            resampled.CopyTo(into);
        });
        for (int j = 0; j < factors; j++)
            measures[j] = new MorrisMeasures(muStar[j], intervals[j].Low, intervals[j].High, mu[j], sigma[j], count[j]);
        return measures;
    }

    private static (double[] MuStar, double[] Mu, double[] Sigma, int[] Count) Measures(MorrisStep[][] trajectories, ReadOnlySpan<int> chosen, int factors)
    {
        var sum = new double[factors];
        var sumAbs = new double[factors];
        var count = new int[factors];
        foreach (int t in chosen)
            foreach (var step in trajectories[t])
            {
                sum[step.Factor] += step.Effect;
                sumAbs[step.Factor] += Math.Abs(step.Effect);
                count[step.Factor]++;
            }
        var squares = new double[factors];
        foreach (int t in chosen)
            foreach (var step in trajectories[t])
            {
                double deviation = step.Effect - sum[step.Factor] / count[step.Factor];
                squares[step.Factor] += deviation * deviation;
            }
        var muStar = new double[factors];
        var mu = new double[factors];
        var sigma = new double[factors];
        for (int j = 0; j < factors; j++)
        {
            muStar[j] = count[j] > 0 ? sumAbs[j] / count[j] : double.NaN;
            mu[j] = count[j] > 0 ? sum[j] / count[j] : double.NaN;
            sigma[j] = count[j] > 1 ? Math.Sqrt(squares[j] / (count[j] - 1)) : double.NaN;
        }
        return (muStar, mu, sigma, count);
    }
}
