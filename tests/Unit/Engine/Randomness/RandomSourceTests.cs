using ClusterSim.Engine.Randomness;

namespace ClusterSim.Tests.Engine.Randomness;

public class RandomSourceTests
{
    private static double[] Draws(RandomSource source, Purpose purpose, int tick, ulong key, int n)
    {
        var s = source.Stream(purpose, tick, key);
        var x = new double[n];
        for (int i = 0; i < n; i++) x[i] = s.NextDouble();
        return x;
    }

    [Test]
    public void SameCoordinatesGiveSameDraws()
    {
        var a = Draws(new RandomSource(7), Purpose.Market, 3, 99, 100);
        var b = Draws(new RandomSource(7), Purpose.Market, 3, 99, 100);
        Assert.That(a, Is.EqualTo(b));
    }

    [Test]
    public void UniformDrawsAreInUnitIntervalAndEvenlySpread()
    {
        var s = new RandomSource(1).Stream(Purpose.Quits, 0, 1);
        var bins = new int[20];
        const int n = 200_000;
        for (int i = 0; i < n; i++)
        {
            double u = s.NextDouble();
            Assert.That(u, Is.GreaterThanOrEqualTo(0.0).And.LessThan(1.0));
            bins[(int)(u * bins.Length)]++;
        }
        double expected = n / (double)bins.Length;
        double chi2 = bins.Sum(b => (b - expected) * (b - expected) / expected);
        // 19 degrees of freedom: the 99.9th percentile is 43.8.
        Assert.That(chi2, Is.LessThan(43.8));
    }

    [Test]
    public void NeighbouringKeysTicksAndPurposesAreUncorrelated()
    {
        var source = new RandomSource(3);
        var baseDraws = Draws(source, Purpose.Market, 5, 1000, 20_000);
        var others = new[]
        {
            Draws(source, Purpose.Market, 5, 1001, 20_000),
            Draws(source, Purpose.Market, 6, 1000, 20_000),
            Draws(source, Purpose.Quits, 5, 1000, 20_000),
            Draws(new RandomSource(4), Purpose.Market, 5, 1000, 20_000),
        };
        foreach (var other in others)
        {
            Assert.That(other, Is.Not.EqualTo(baseDraws));
            // Pearson correlation of independent uniforms: sd ≈ 1/√n ≈ 0.007.
            Assert.That(Math.Abs(Correlation(baseDraws, other)), Is.LessThan(0.03));
        }
    }

    [Test]
    public void NextIntCoversRangeWithoutBias()
    {
        var s = new RandomSource(9).Stream(Purpose.TieFormation, 0, 5);
        var counts = new int[7];
        for (int i = 0; i < 70_000; i++) counts[s.NextInt(7)]++;
        Assert.That(counts, Has.All.InRange(9_500, 10_500));
    }

    [Test]
    public void NormalDrawsHaveUnitMoments()
    {
        var s = new RandomSource(11).Stream(Purpose.Market, 0, 5);
        var x = Enumerable.Range(0, 100_000).Select(_ => s.NextNormal()).ToArray();
        Assert.That(x.Average(), Is.EqualTo(0).Within(0.02));
        Assert.That(x.Select(v => v * v).Average(), Is.EqualTo(1).Within(0.02));
    }

    [Test]
    public void ChildKeysDependOnCreatorTickAndDrawIndexOnly()
    {
        ulong creator = EntityKey.Initial(EntityKey.Table.Person, 12);
        ulong first = EntityKey.Child(creator, 5, 0);
        Assert.That(EntityKey.Child(creator, 5, 0), Is.EqualTo(first));
        var keys = new HashSet<ulong>
        {
            EntityKey.Child(creator, 5, 0), EntityKey.Child(creator, 5, 1), EntityKey.Child(creator, 6, 0),
            EntityKey.Child(EntityKey.Initial(EntityKey.Table.Person, 13), 5, 0), EntityKey.Initial(EntityKey.Table.Firm, 12),
        };
        Assert.That(keys, Has.Count.EqualTo(5));
    }

    private static double Correlation(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average(), sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.Sqrt(saa * sbb);
    }
}
