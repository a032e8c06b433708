using ClusterSim.Runner.Statistics;

namespace ClusterSim.Tests.Runner.Statistics;

/// <summary>Intervals that respect the quantity, on samples whose answer is known.</summary>
public class BoundedIntervalTests
{
    private static readonly (double, double) Count = BoundedInterval.RangeOf("firms"), Share = BoundedInterval.RangeOf("share 0–1");

    [Test]
    public void AZeroInflatedCountNeverGetsANegativeInterval()
    {
        // Two of ten replications saw one entrant in the year (1/12 a month); Student's t reaches below 0.
        double[] entrants = [0, 0, 0, 0, 0, 0, 0, 0, 1.0 / 12, 1.0 / 12];
        Assert.That(MeanInterval.Of(entrants).Low, Is.LessThan(0), "the t-interval fails here");
        var (interval, method) = BoundedInterval.OfMean(entrants, Count, 7);
        Assert.That(method, Is.EqualTo(IntervalMethod.Bootstrap));
        Assert.That(interval.Low, Is.GreaterThanOrEqualTo(0));
        Assert.That(interval.Mean, Is.EqualTo(1.0 / 60).Within(1e-12));
        Assert.That(interval.High, Is.GreaterThan(interval.Mean).And.LessThanOrEqualTo(1.0 / 12));
    }

    [Test]
    public void AShareNearOneNeverGetsAnIntervalAboveOne()
    {
        double[] share = [1, 1, 1, 0.98, 1, 1, 0.99, 1, 1, 0.97];
        Assert.That(MeanInterval.Of(share).High, Is.GreaterThan(1), "the t-interval fails here");
        var (interval, method) = BoundedInterval.OfMean(share, Share, 7);
        Assert.That(method, Is.EqualTo(IntervalMethod.Bootstrap));
        Assert.That(interval.High, Is.LessThanOrEqualTo(1));
        Assert.That(interval.Low, Is.LessThan(interval.Mean).And.GreaterThanOrEqualTo(0.97));
    }

    [Test]
    public void ADifferenceFromABaseThatIsIdenticallyZeroStaysAtOrAboveZero()
    {
        double[] none = new double[10], some = [0, 0, 0, 0, 0, 0, 0, 0, 1.0 / 12, 1.0 / 12];
        var paired = PairedComparison.Of(none, some, Count, 11);
        Assert.That(PairedComparison.Of(none, some).Difference.Low, Is.LessThan(0), "the t-interval fails here");
        Assert.That(paired.Difference.Low, Is.GreaterThanOrEqualTo(0));
        Assert.That(paired.Method, Is.EqualTo(IntervalMethod.Bootstrap));
        Assert.That(paired.Base, Is.EqualTo(new MeanInterval(0, 0, 0)), "a constant arm has a point interval");
    }

    [Test]
    public void WhereStudentsTFitsItIsKept()
    {
        double[] firms = [2600, 2610, 2590, 2620, 2605, 2598, 2612, 2601, 2607, 2595];
        var (interval, method) = BoundedInterval.OfMean(firms, Count, 3);
        Assert.That(method, Is.EqualTo(IntervalMethod.T));
        Assert.That(interval, Is.EqualTo(MeanInterval.Of(firms)));
    }

    [Test]
    public void TheBootstrapIsTheSameForTheSameKeyAndDiffersForAnother()
    {
        double[] entrants = [0, 0, 0, 0, 0, 0, 0, 1.0 / 12, 1.0 / 12, 2.0 / 12];
        var first = BoundedInterval.OfMean(entrants, Count, 5);
        Assert.That(BoundedInterval.OfMean(entrants, Count, 5), Is.EqualTo(first));
        Assert.That(BoundedInterval.KeyOf("soft_landing|firms_alive|FinalYear"), Is.Not.EqualTo(BoundedInterval.KeyOf("soft_landing|employment|FinalYear")));
    }
}
