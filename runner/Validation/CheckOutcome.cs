namespace ClusterSim.Runner.Validation;

public enum Verdict { Pass, Miss, ByConstruction, NotPosable }

/// <summary>
/// What a check found: the statistic's mean over replications (or the mean paired difference) with its sd and
/// 95 % interval, what was expected, the verdict and why.
/// </summary>
/// <param name="N">Replications (pairs) with a value.</param>
/// <param name="Mean">Mean over them.</param>
/// <param name="Sd">Standard deviation over them.</param>
/// <param name="Low">Lower end of the 95 % interval of the mean.</param>
/// <param name="High">Upper end.</param>
/// <param name="BandLow">The target band's lower end, or NaN.</param>
/// <param name="BandHigh">Its upper end, or NaN.</param>
/// <param name="Expected">What the target or fact expects, in words ("in 0.9–1.2", "> 0").</param>
/// <param name="Verdict">pass, miss, by_construction or not_posable.</param>
/// <param name="Reason">Why, in a sentence.</param>
public sealed record CheckOutcome(int N, double Mean, double Sd, double Low, double High, double BandLow, double BandHigh, string Expected, Verdict Verdict, string Reason)
{
    /// <summary>The sign a comparison expects of its difference; null for a level.</summary>
    public Loader.Validation.Direction? Expect { get; init; }

    public static CheckOutcome NotPosable(string missing) =>
        new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, "", Verdict.NotPosable, "missing mechanism: " + missing);
}
