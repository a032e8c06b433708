using ClusterSim.Runner.Statistics;

namespace ClusterSim.Tests.Runner.Statistics;

public class PairedComparisonTests
{
    [Test]
    public void MatchesHandComputedStatistics()
    {
        // Differences 1, 2, 2, 1: mean 1.5, sample variance 1/3; t(0.975, 3) = 3.182446305 (tables).
        var c = PairedComparison.Of([1, 2, 3, 4], [2, 4, 5, 5]);
        double half = 3.182446305 * Math.Sqrt(1.0 / 3 / 4);
        Assert.Multiple(() =>
        {
            Assert.That(c.N, Is.EqualTo(4));
            Assert.That(c.Difference.Mean, Is.EqualTo(1.5).Within(1e-12));
            Assert.That(c.Difference.Low, Is.EqualTo(1.5 - half).Within(1e-8));
            Assert.That(c.Difference.High, Is.EqualTo(1.5 + half).Within(1e-8));
            Assert.That(c.VarPaired, Is.EqualTo(1.0 / 3).Within(1e-12));
            Assert.That(c.VarUnpaired, Is.EqualTo(5.0 / 3 + 2.0).Within(1e-12), "var(base) 5/3 plus var(variant) 2");
            Assert.That(c.EffectSizeDz, Is.EqualTo(1.5 / Math.Sqrt(1.0 / 3)).Within(1e-12));
            Assert.That(c.SignAgreement, Is.EqualTo(1.0));
            Assert.That(c.Base.Mean, Is.EqualTo(2.5).Within(1e-12));
            Assert.That(c.Variant.Mean, Is.EqualTo(4.0).Within(1e-12));
        });
    }

    [Test]
    public void SignAgreementCountsReplicationsOnTheSideOfTheMean()
    {
        var c = PairedComparison.Of([0, 0, 0, 0, 0], [3, 2, 1, -1, 0]);
        Assert.That(c.Difference.Mean, Is.EqualTo(1.0));
        Assert.That(c.SignAgreement, Is.EqualTo(3 / 5.0), "three positive, one negative, one zero");
    }

    [Test]
    public void IdenticalRunsGiveZeroDifferenceAndNoEffectSize()
    {
        var c = PairedComparison.Of([1, 5, 9], [1, 5, 9]);
        Assert.That((c.Difference.Mean, c.Difference.Low, c.Difference.High, c.VarPaired), Is.EqualTo((0.0, 0.0, 0.0, 0.0)));
        Assert.That(c.EffectSizeDz, Is.NaN);
        Assert.That(c.VarUnpaired, Is.EqualTo(32.0), "16 + 16");
    }
}
