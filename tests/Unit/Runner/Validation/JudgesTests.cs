using ClusterSim.Loader.Validation;
using ClusterSim.Runner.Validation;

namespace ClusterSim.Tests.Runner.Validation;

/// <summary>Verdicts on per-replication values whose answer is known.</summary>
public class JudgesTests
{
    [Test]
    public void ALevelPassesWhenItsMeanIsInTheBandAndSaysWhereItMissed()
    {
        var band = new Band { Low = 0.7, High = 0.85 };
        Assert.That(Judges.Level([0.8, 0.82, 0.78], band, "share 0–1", 1).Verdict, Is.EqualTo(Verdict.Pass));
        var below = Judges.Level([0.6, 0.62, 0.64], band, "share 0–1", 1);
        Assert.That((below.Verdict, below.Mean), Is.EqualTo((Verdict.Miss, 0.62)).Within(1e-12));
        Assert.That(below.Reason, Does.Contain("below the band's 0.7"));
        Assert.That(Judges.Level([0.9, 0.95], band, "share 0–1", 1).Reason, Does.Contain("above the band's 0.85"));
        Assert.That(Judges.Level([double.NaN, 0.8], band, "share 0–1", 1).N, Is.EqualTo(1), "an undefined replication is left out");
    }

    [Test]
    public void ASignPassesOnlyWhenItsIntervalIsWhollyOnTheExpectedSide()
    {
        double[] @base = [10, 11, 12, 13, 14];
        Assert.That(Judges.Paired(@base, [11, 12, 13, 14, 15.2], Direction.Higher, "firms", 3).Verdict, Is.EqualTo(Verdict.Pass));
        var noise = Judges.Paired(@base, [11, 10, 13, 12, 14], Direction.Higher, "firms", 3);
        Assert.That(noise.Verdict, Is.EqualTo(Verdict.Miss));
        Assert.That(noise.Reason, Does.Contain("cannot be told from zero"));
        Assert.That(noise.Expect, Is.EqualTo(Direction.Higher));
        var reversed = Judges.Paired(@base, [9, 10, 11, 12, 12.9], Direction.Higher, "firms", 3);
        Assert.That(reversed.Reason, Does.StartWith("reversed"));
        Assert.That(Judges.Paired(@base, [9, 10, 11, 12, 12.9], Direction.Lower, "firms", 3).Verdict, Is.EqualTo(Verdict.Pass));
    }

    [Test]
    public void TheUnpairedComparisonIsWelchs()
    {
        // Welch: means 2 and 1, sample variances 1 and 1 (n 3 each): se = √(1/3 + 1/3), df = (2/3)² / ((1/3)²/2 · 2) = 4.
        var o = Judges.Unpaired(lower: [0, 1, 2], higher: [1, 2, 3]);
        double half = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, 4, 0.975) * Math.Sqrt(2.0 / 3);
        Assert.That((o.Mean, o.Low, o.High), Is.EqualTo((1.0, 1 - half, 1 + half)).Within(1e-9));
        Assert.That(o.Verdict, Is.EqualTo(Verdict.Miss), "an interval this wide includes zero");
    }

    [Test]
    public void ByConstructionKeepsWhatTheTestFoundAndNamesTheRule()
    {
        var tested = Judges.Difference([1, 1.1, 0.9, 1.2], Direction.Higher);
        var marked = Judges.ByConstruction(tested, new ByConstruction { Rule = "engine/X.cs", Why = "written in" });
        Assert.That(marked.Verdict, Is.EqualTo(Verdict.ByConstruction));
        Assert.That(marked.Reason, Does.StartWith("by construction (engine/X.cs: written in); the test itself: pass"));
        Assert.That(marked.Mean, Is.EqualTo(tested.Mean));
    }
}
