using ClusterSim.Engine.Randomness;
using ClusterSim.Runner.Validation.Estimators;

namespace ClusterSim.Tests.Runner.Validation;

/// <summary>The validation estimators on synthetic samples whose answer is known (drawn from the engine's counter-based generator).</summary>
public class EstimatorTests
{
    private static double U(ulong key, int i) => CounterRandom.Uniform(key, (ulong)i);

    /// <summary>A Pareto sample: P(X ≥ x) = (x / xmin)^−alpha, by inversion.</summary>
    private static double[] Pareto(int n, double alpha, double xmin, ulong key) =>
        Enumerable.Range(0, n).Select(i => xmin * Math.Pow(1 - U(key, i), -1 / alpha)).ToArray();

    [Test]
    public void ThePowerLawFitRecoversAContinuousParetoExponentWithinThreeStandardErrors()
    {
        var fit = PowerLawTail.Fit(Pareto(5000, 1.06, 1, 11), discrete: false)!;
        Assert.That(fit.Alpha, Is.EqualTo(1.06).Within(3 * fit.StandardError));
        Assert.That(fit.StandardError, Is.EqualTo(fit.Alpha / Math.Sqrt(fit.TailSize)).Within(1e-12));
        Assert.That(fit.TailSize, Is.GreaterThan(PowerLawTail.MinimumTail));
    }

    [Test]
    public void ThePowerLawFitRecoversTheExponentOfIntegerSizes()
    {
        // Rounded to the nearest integer, as employees are: P(X ≥ k) = ((k − ½) / 10)^−α for k ≥ 11.
        var sizes = Pareto(5000, 1.06, 10, 12).Select(v => Math.Round(v));
        var fit = PowerLawTail.Fit(sizes, discrete: true)!;
        Assert.That(fit.Alpha, Is.EqualTo(1.06).Within(3 * fit.StandardError));
    }

    [Test]
    public void TheKolmogorovSmirnovCutoffFindsWhereTheTailBegins()
    {
        // Half the sample a flat body below 20, half a Pareto tail from 20: the cut-off lands near 20 and the body does not bias α.
        var body = Enumerable.Range(0, 4000).Select(i => 1 + 19 * U(13, i));
        var sample = body.Concat(Pareto(4000, 1.06, 20, 14)).ToArray();
        var fit = PowerLawTail.Fit(sample, discrete: false)!;
        Assert.That(fit.Cutoff, Is.InRange(18.0, 40.0));
        Assert.That(fit.Alpha, Is.EqualTo(1.06).Within(3 * fit.StandardError));
        // Fitting from the smallest value instead would be far off: the cut-off is what makes the estimate right.
        double fromOne = sample.Length / sample.Sum(x => Math.Log(x / sample.Min()));
        Assert.That(Math.Abs(fromOne - 1.06), Is.GreaterThan(5 * fit.StandardError));
    }

    [Test]
    public void TooSmallATailGivesNoFit() =>
        Assert.That(PowerLawTail.Fit(Pareto(PowerLawTail.MinimumTail - 1, 1.06, 1, 15), discrete: false), Is.Null);

    [Test]
    public void TheLogBinnedEstimateIsNearTheExponentOnALargePareto()
    {
        var sample = Pareto(50_000, 1.06, 1, 16);
        Assert.That(PowerLawTail.LogBinnedAlpha(sample, 1), Is.EqualTo(1.06).Within(0.1));
    }

    [Test]
    public void KaplanMeierMatchesAHandComputedCensoredExample()
    {
        // Durations 3, 5+, 6, 6, 8+, 10 (+ censored). At 3: 6 at risk, 1 exit, S = 5/6. At 6: 4 at risk (5+ left), 2 exits,
        // S = 5/6 · 2/4 = 5/12. At 10: 1 at risk (8+ left), 1 exit, S = 0.
        var km = new KaplanMeier([new(3, true), new(5, false), new(6, true), new(6, true), new(8, false), new(10, true)]);
        Assert.That(km.Steps.Select(s => (s.Time, s.AtRisk)), Is.EqualTo(new[] { (3.0, 6), (6.0, 4), (10.0, 1) }));
        Assert.That(km.SurvivalAt(2), Is.EqualTo(1));
        Assert.That(km.SurvivalAt(4), Is.EqualTo(5.0 / 6).Within(1e-12));
        Assert.That(km.SurvivalAt(6), Is.EqualTo(5.0 / 12).Within(1e-12));
        Assert.That(km.SurvivalAt(9.5), Is.EqualTo(5.0 / 12).Within(1e-12));
        Assert.That(km.SurvivalAt(10), Is.EqualTo(0));
        Assert.That(km.SurvivalAt(11), Is.EqualTo(0), "every subject had the event");
        var censoredLast = new KaplanMeier([new(3, true), new(5, false)]);
        Assert.That(censoredLast.SurvivalAt(6), Is.NaN, "nothing is known beyond the last observation");
    }

    [Test]
    public void KaplanMeierWithoutCensoringIsTheEmpiricalSurvivalShare()
    {
        var durations = Enumerable.Range(0, 1000).Select(i => Math.Floor(-20 * Math.Log(1 - U(17, i)))).ToArray();
        var km = new KaplanMeier(durations.Select(d => new SurvivalObservation(d, true)));
        foreach (double t in new[] { 5.0, 12, 30 })
            Assert.That(km.SurvivalAt(t), Is.EqualTo(durations.Count(d => d > t) / 1000.0).Within(1e-12));
    }

    [Test]
    public void TheLogitRecoversSimulatedCoefficientsWithinThreeStandardErrors()
    {
        const double a = -1, b = 1.5;
        var x = Enumerable.Range(0, 20_000).Select(i => -2 + 4 * U(18, i)).ToArray();
        var y = x.Select((v, i) => U(19, i) < 1 / (1 + Math.Exp(-(a + b * v)))).ToArray();
        var fit = Logit.Fit(x, y);
        Assert.That(fit.Converged);
        Assert.That(fit.Slope, Is.EqualTo(b).Within(3 * fit.SlopeStandardError));
        Assert.That(fit.Intercept, Is.EqualTo(a).Within(0.1));
        Assert.That(fit.SlopeStandardError, Is.InRange(0.01, 0.05));
    }

    [Test]
    public void TheLogitSaysSoWhenTheOutcomeIsSeparated()
    {
        double[] x = [1, 2, 3, 4, 5, 6];
        Assert.That(Logit.Fit(x, [false, false, false, true, true, true]).Converged, Is.False);
        Assert.That(Logit.Fit(x, [true, true, true, true, true, true]).Converged, Is.False);
    }

    [Test]
    public void LeastSquaresRecoversALineAndItsSlopeError()
    {
        var exact = LeastSquares.Fit([0, 1, 2, 3], [2, 5, 8, 11]);
        Assert.That((exact.Intercept, exact.Slope, exact.SlopeStandardError), Is.EqualTo((2.0, 3.0, 0.0)).Within(1e-12));
        // y = 1 + 0.9 x + N(0, 0.5²) noise: the slope lands within three of its standard errors.
        var x = Enumerable.Range(0, 2000).Select(i => 10 * U(20, i)).ToArray();
        var y = x.Select((v, i) => 1 + 0.9 * v + 0.5 * Math.Sqrt(-2 * Math.Log(1 - U(21, i))) * Math.Cos(2 * Math.PI * U(22, i))).ToArray();
        var fit = LeastSquares.Fit(x, y);
        Assert.That(fit.Slope, Is.EqualTo(0.9).Within(3 * fit.SlopeStandardError));
        Assert.That(fit.SlopeStandardError, Is.EqualTo(0.5 / Math.Sqrt(2000 * 100.0 / 12)).Within(0.002));
    }
}
