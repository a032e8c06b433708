using ClusterSim.Engine.Randomness;
using ClusterSim.Runner.Sensitivity;
using ClusterSim.Runner.Sweeps.Designs;

namespace ClusterSim.Tests.Runner.Sensitivity;

/// <summary>The Sobol estimators against functions whose indices are known, on the Saltelli design the sweeps run.</summary>
public class SobolIndicesTests
{
    /// <summary>Each base sample's outputs from the design's points, in its layout (a, ab_1…ab_d, [ba_1…ba_d], b).</summary>
    private static List<SaltelliSample> Evaluate(int n, int d, bool secondOrder, Func<IReadOnlyList<double>, double> f)
    {
        var points = SaltelliDesign.Points(n, d, secondOrder);
        return points.GroupBy(p => p.Sample).Select(g =>
        {
            var y = g.ToDictionary(p => p.Block, p => f(p.Unit));
            return new SaltelliSample(y["a"], y["b"], Enumerable.Range(1, d).Select(j => y[$"ab_{j}"]).ToArray(),
                secondOrder ? Enumerable.Range(1, d).Select(j => y[$"ba_{j}"]).ToArray() : null);
        }).ToList();
    }

    // At N = 8192 the estimators' Monte Carlo standard error on Ishigami is about 0.01 (their bootstrap says so);
    // the Sobol sequence does better than Monte Carlo, so 0.02 holds with room.
    [Test]
    public void IshigamiFirstTotalAndSecondOrderIndicesAreThePublishedOnes()
    {
        var m = SobolIndices.Of(Evaluate(8192, 3, true, KnownFunctions.Ishigami), 3, 1);
        TestContext.Out.WriteLine($"S1 {string.Join(", ", m.First.Select(x => x.Estimate.ToString("F4")))}; ST {string.Join(", ", m.Total.Select(x => x.Estimate.ToString("F4")))}; S13 {m.Second![0, 2].Estimate:F4}; S1 half-widths {string.Join(", ", m.First.Select(x => ((x.High - x.Low) / 2).ToString("F4")))}");
        for (int j = 0; j < 3; j++)
        {
            Assert.That(m.First[j].Estimate, Is.EqualTo(KnownFunctions.IshigamiFirst[j]).Within(0.02), $"S1 of x{j + 1}");
            Assert.That(m.Total[j].Estimate, Is.EqualTo(KnownFunctions.IshigamiTotal[j]).Within(0.02), $"ST of x{j + 1}");
        }
        Assert.That(m.Second![0, 2].Estimate, Is.EqualTo(KnownFunctions.IshigamiS13).Within(0.03), "S13: x3 acts only with x1");
        Assert.That(m.Second[0, 1].Estimate, Is.EqualTo(0).Within(0.03), "S12");
        Assert.That(m.Second[1, 2].Estimate, Is.EqualTo(0).Within(0.03), "S23");
    }

    /// <summary>
    /// Indices are shares of variance: adding a constant to the output must not move them. Ishigami plus 10,000 (a mean
    /// far above its spread, as employment's is) at N = 64 gives the same indices as Ishigami itself.
    /// </summary>
    [Test]
    public void AConstantAddedToTheOutputLeavesTheIndicesAlone()
    {
        var plain = SobolIndices.Of(Evaluate(64, 3, true, KnownFunctions.Ishigami), 3, 1);
        var shifted = SobolIndices.Of(Evaluate(64, 3, true, u => KnownFunctions.Ishigami(u) + 10_000), 3, 1);
        for (int j = 0; j < 3; j++)
        {
            Assert.That(shifted.First[j].Estimate, Is.EqualTo(plain.First[j].Estimate).Within(1e-6), $"S1 of x{j + 1}");
            Assert.That(shifted.First[j].High - shifted.First[j].Low, Is.EqualTo(plain.First[j].High - plain.First[j].Low).Within(1e-6), $"S1's interval of x{j + 1}");
            Assert.That(shifted.Total[j].Estimate, Is.EqualTo(plain.Total[j].Estimate).Within(1e-6), $"ST of x{j + 1}");
        }
        Assert.That(shifted.Second![0, 2].Estimate, Is.EqualTo(plain.Second![0, 2].Estimate).Within(1e-6));
    }

    [Test]
    public void TheGFunctionsIndicesFallWithItsCoefficients()
    {
        double[] a = [0, 1, 4.5, 9, 99, 99];
        var (first, total) = KnownFunctions.GIndices(a);
        var m = SobolIndices.Of(Evaluate(8192, a.Length, false, u => KnownFunctions.G(u, a)), a.Length, 2);
        TestContext.Out.WriteLine($"largest error {Enumerable.Range(0, a.Length).Max(j => Math.Max(Math.Abs(m.First[j].Estimate - first[j]), Math.Abs(m.Total[j].Estimate - total[j]))):F4}");
        for (int j = 0; j < a.Length; j++)
        {
            Assert.That(m.First[j].Estimate, Is.EqualTo(first[j]).Within(0.02), $"S1 of x{j + 1} (a = {a[j]})");
            Assert.That(m.Total[j].Estimate, Is.EqualTo(total[j]).Within(0.02), $"ST of x{j + 1}");
        }
    }

    /// <summary>
    /// The intervals' coverage over 200 independent Monte Carlo designs (A and B drawn afresh each time, N = 512):
    /// a 95 % interval should cover the known index in about 95 % of them. 200 designs put the binomial sd of the
    /// rate at 1.5 points, so a rate outside 0.90–0.99 is a real miss, not chance.
    /// </summary>
    [Test]
    public void BootstrapIntervalsCoverTheKnownIshigamiIndicesAtAboutTheirNominalRate()
    {
        const int designs = 200, n = 512, d = 3;
        var covered = new int[2 * d];
        for (int r = 0; r < designs; r++)
        {
            ulong key = 0xC0FFEEUL + (ulong)r, counter = 0;
            var samples = new List<SaltelliSample>();
            for (int i = 0; i < n; i++)
            {
                var a = Enumerable.Range(0, d).Select(_ => CounterRandom.Uniform(key, counter++)).ToArray();
                var b = Enumerable.Range(0, d).Select(_ => CounterRandom.Uniform(key, counter++)).ToArray();
                var ab = Enumerable.Range(0, d).Select(j => KnownFunctions.Ishigami(a.Select((x, k) => k == j ? b[k] : x).ToArray())).ToArray();
                samples.Add(new SaltelliSample(KnownFunctions.Ishigami(a), KnownFunctions.Ishigami(b), ab, null));
            }
            var m = SobolIndices.Of(samples, d, (ulong)r);
            for (int j = 0; j < d; j++)
            {
                if (m.First[j].Low <= KnownFunctions.IshigamiFirst[j] && KnownFunctions.IshigamiFirst[j] <= m.First[j].High) covered[j]++;
                if (m.Total[j].Low <= KnownFunctions.IshigamiTotal[j] && KnownFunctions.IshigamiTotal[j] <= m.Total[j].High) covered[d + j]++;
            }
        }
        var rates = covered.Select(c => c / (double)designs).ToArray();
        TestContext.Out.WriteLine($"coverage S1 {string.Join(", ", rates[..d])}; ST {string.Join(", ", rates[d..])}");
        Assert.That(rates, Has.All.InRange(0.90, 0.99));
    }
}
