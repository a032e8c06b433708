using ClusterSim.Runner.Statistics;

namespace ClusterSim.Tests.Runner.Statistics;

/// <summary>Holm's adjustment and the paired p-value, on cases whose answer is known.</summary>
public class MultipleComparisonsTests
{
    [Test]
    public void HolmMatchesTheTextbookExample()
    {
        // p = 0.01, 0.04, 0.03, 0.005 (m = 4): sorted 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 → max(0.06, 0.04) = 0.06.
        var adjusted = MultipleComparisons.Holm([0.01, 0.04, 0.03, 0.005]);
        Assert.That(adjusted, Is.EqualTo(new[] { 0.03, 0.06, 0.06, 0.02 }).Within(1e-12));
    }

    [Test]
    public void HolmNeverLowersAPValueAndCapsAtOne()
    {
        double[] p = [0.2, 0.5, 0.9, 0.001];
        var adjusted = MultipleComparisons.Holm(p);
        for (int i = 0; i < p.Length; i++) Assert.That(adjusted[i], Is.GreaterThanOrEqualTo(p[i]).And.LessThanOrEqualTo(1));
        Assert.That(MultipleComparisons.Holm([0.04]), Is.EqualTo(new[] { 0.04 }), "one test is not adjusted");
    }

    [Test]
    public void ThePairedPValueIsTheStudentTTail()
    {
        // t = d_z·√n = 2.262 with 9 degrees of freedom is the 97.5 % quantile: p = 0.05.
        Assert.That(MultipleComparisons.PairedPValue(2.2622 / Math.Sqrt(10), 1, 10), Is.EqualTo(0.05).Within(1e-4));
        Assert.That(MultipleComparisons.PairedPValue(0, 0, 10), Is.EqualTo(1).Within(1e-12));
        Assert.That(MultipleComparisons.PairedPValue(double.NaN, 3, 10), Is.EqualTo(0), "a constant non-zero difference is certain");
        Assert.That(MultipleComparisons.PairedPValue(double.NaN, 0, 10), Is.EqualTo(1), "a constant zero is no difference");
    }
}
