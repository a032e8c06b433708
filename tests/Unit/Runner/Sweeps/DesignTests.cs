using ClusterSim.Loader;
using ClusterSim.Runner.Sweeps.Designs;

namespace ClusterSim.Tests.Runner.Sweeps;

/// <summary>The sweep designs against what they are defined to be: published Sobol points, Latin strata, Morris steps, Saltelli's blocks.</summary>
public class DesignTests
{
    [Test]
    public void TheSobolSequenceStartsWithJoeAndKuosPublishedPoints()
    {
        // The first ten points in three dimensions of Joe and Kuo's generator with new-joe-kuo-6.21201 (as SciPy's
        // unscrambled Sobol gives them too).
        double[][] published =
        [
            [0, 0, 0], [0.5, 0.5, 0.5], [0.75, 0.25, 0.25], [0.25, 0.75, 0.75], [0.375, 0.375, 0.625],
            [0.875, 0.875, 0.125], [0.625, 0.125, 0.875], [0.125, 0.625, 0.375], [0.1875, 0.3125, 0.9375], [0.6875, 0.8125, 0.4375],
        ];
        var sequence = new SobolSequence(3);
        foreach (var point in published) Assert.That(sequence.Next(), Is.EqualTo(point));
    }

    [Test]
    public void EachDimensionOfTheSobolSequenceFillsEveryDyadicCellOnce()
    {
        // The (t, s)-net property at its simplest: the first 2^k points put one point in each interval of width 2^−k,
        // in every one of the 41 dimensions.
        var sequence = new SobolSequence(SobolSequence.MaxDimensions);
        var points = Enumerable.Range(0, 256).Select(_ => sequence.Next()).ToArray();
        for (int d = 0; d < SobolSequence.MaxDimensions; d++)
            Assert.That(points.Select(p => (int)(p[d] * 256)).Distinct().Count(), Is.EqualTo(256), $"dimension {d + 1}");
        Assert.That(SobolSequence.MaxDimensions, Is.EqualTo(41));
    }

    [Test]
    public void ALatinHypercubePutsOnePointInEachStratumOfEveryDimension()
    {
        var points = LatinHypercube.Points(50, 4, seed: 7);
        for (int d = 0; d < 4; d++)
            Assert.That(points.Select(p => (int)(p[d] * 50)).Order(), Is.EqualTo(Enumerable.Range(0, 50)), $"dimension {d}");
        Assert.That(LatinHypercube.Points(50, 4, seed: 7), Is.EqualTo(points), "the same seed, the same points");
        Assert.That(LatinHypercube.Points(50, 4, seed: 8), Is.Not.EqualTo(points));
    }

    [Test]
    public void SaltellisBlocksTakeOneColumnFromBAtATime()
    {
        var points = SaltelliDesign.Points(8, 3);
        Assert.That(points, Has.Length.EqualTo(8 * (3 + 2)));
        for (int i = 0; i < 8; i++)
        {
            var block = points.Where(p => p.Sample == i).ToArray();
            Assert.That(block.Select(p => p.Block), Is.EqualTo(new[] { "a", "ab_1", "ab_2", "ab_3", "b" }));
            double[] a = block[0].Unit, b = block[4].Unit;
            for (int j = 0; j < 3; j++)
                Assert.That(block[1 + j].Unit, Is.EqualTo(a.Select((x, k) => k == j ? b[k] : x).ToArray()), $"sample {i}, ab_{j + 1}");
        }
        Assert.That(points[0].Unit, Is.Not.EqualTo(new double[3]), "the sequence's origin is skipped");
    }

    [Test]
    public void AMorrisTrajectoryMovesOneFactorAtATimeByDelta()
    {
        const int levels = 4, d = 5;
        double delta = levels / (2.0 * (levels - 1));
        var points = MorrisDesign.Points(20, d, levels, seed: 3);
        Assert.That(points, Has.Length.EqualTo(20 * (d + 1)));
        foreach (var trajectory in points.GroupBy(p => p.Trajectory))
        {
            var steps = trajectory.OrderBy(p => p.Step).ToArray();
            Assert.That(steps.Skip(1).Select(p => p.Factor).Order(), Is.EqualTo(Enumerable.Range(0, d)), "every factor moves once");
            for (int k = 1; k <= d; k++)
            {
                var moved = Enumerable.Range(0, d).Where(j => Math.Abs(steps[k].Unit[j] - steps[k - 1].Unit[j]) > 1e-12).ToArray();
                Assert.That(moved, Is.EqualTo(new[] { steps[k].Factor }));
                Assert.That(Math.Abs(steps[k].Unit[moved[0]] - steps[k - 1].Unit[moved[0]]), Is.EqualTo(delta).Within(1e-12));
            }
            foreach (var p in steps)
                foreach (double x in p.Unit)
                {
                    Assert.That(x, Is.InRange(0.0, 1.0));
                    Assert.That(x * (levels - 1), Is.EqualTo(Math.Round(x * (levels - 1))).Within(1e-9), "on the grid");
                }
        }
    }

    [Test]
    public void UnitRangesMapOntoTheirDistributions()
    {
        var uniform = new SweepParameter { Key = "k", Low = 2, High = 4 };
        var log = uniform with { Low = 1, High = 100, Distribution = SweepDistribution.LogUniform };
        var whole = uniform with { Low = 1, High = 3, Distribution = SweepDistribution.Integer };
        Assert.That(UnitRange.Value(uniform, 0.5), Is.EqualTo(3));
        Assert.That(UnitRange.Value(log, 0.5), Is.EqualTo(10).Within(1e-12));
        var counts = Enumerable.Range(0, 300).Select(i => UnitRange.Value(whole, (i + 0.5) / 300)).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        Assert.That(counts, Is.EqualTo(new Dictionary<double, int> { [1] = 100, [2] = 100, [3] = 100 }), "each whole number an equal share");
        Assert.That(UnitRange.Value(whole, 1), Is.EqualTo(3), "the top of the unit interval is the highest value");
    }
}
