using ClusterSim.Runner.Sensitivity;
using ClusterSim.Runner.Sweeps.Designs;

namespace ClusterSim.Tests.Runner.Sensitivity;

/// <summary>Morris measures on the design the sweeps run, against models whose elementary effects are known.</summary>
public class MorrisIndicesTests
{
    private static List<IReadOnlyList<MorrisStep>> Trajectories(int r, int d, int levels, Func<double[], double> f)
    {
        var points = MorrisDesign.Points(r, d, levels, 7);
        return points.GroupBy(p => p.Trajectory).Select(t =>
        {
            var path = t.OrderBy(p => p.Step).ToArray();
            return (IReadOnlyList<MorrisStep>)Enumerable.Range(1, d)
                .Select(s => new MorrisStep(path[s].Factor, path[s].Unit[path[s].Factor] - path[s - 1].Unit[path[s].Factor], f(path[s].Unit) - f(path[s - 1].Unit))).ToList();
        }).ToList();
    }

    /// <summary>
    /// y = Σ c_i x_i with x_i = low_i + u_i (high_i − low_i): every elementary effect of x_i is c_i (high_i − low_i), so
    /// μ* = |c_i| × (high_i − low_i) (the output's change over a step is |c_i| × the step in x_i's units, divided by the step
    /// in the unit cube), μ = c_i × (high_i − low_i) and σ = 0, whatever the trajectories.
    /// </summary>
    [Test]
    public void ALinearModelsMuStarIsItsCoefficientTimesItsRange()
    {
        double[] c = [2, -3, 0, 0.5], low = [0, 10, 1, -1], high = [1, 20, 5, 1];
        var m = MorrisIndices.Of(Trajectories(20, 4, 4, u => u.Select((x, i) => c[i] * (low[i] + x * (high[i] - low[i]))).Sum()), 4, 3);
        for (int i = 0; i < 4; i++)
        {
            double effect = c[i] * (high[i] - low[i]);
            Assert.That(m[i].MuStar, Is.EqualTo(Math.Abs(effect)).Within(1e-9), $"μ* of x{i + 1}");
            Assert.That(m[i].Mu, Is.EqualTo(effect).Within(1e-9), $"μ of x{i + 1}");
            Assert.That(m[i].Sigma, Is.EqualTo(0).Within(1e-9), $"σ of x{i + 1}");
            Assert.That(m[i].MuStarLow, Is.EqualTo(Math.Abs(effect)).Within(1e-9), "no spread, no interval");
            Assert.That(m[i].Effects, Is.EqualTo(20));
        }
    }

    /// <summary>
    /// Ishigami's x3 acts only with x1 (through x3⁴ sin x1), so its effects change sign with x1: μ near 0 with a large σ,
    /// while x2, which acts alone and non-linearly (7 sin² x2), has a large μ* and σ but no interaction; x1 leads μ*.
    /// </summary>
    [Test]
    public void OnIshigamiTheInteractingFactorHasMuNearZeroAndALargeSigma()
    {
        var m = MorrisIndices.Of(Trajectories(400, 3, 6, u => KnownFunctions.Ishigami(u)), 3, 4);
        Assert.That(Math.Abs(m[2].Mu), Is.LessThan(0.25 * m[2].MuStar), "x3's effects cancel in μ");
        Assert.That(m[2].Sigma, Is.GreaterThan(m[2].MuStar), "and spread in σ");
        Assert.That(m[0].MuStarLow, Is.LessThanOrEqualTo(m[0].MuStar));
        Assert.That(m[0].MuStarHigh, Is.GreaterThanOrEqualTo(m[0].MuStar));
    }

    [Test]
    public void AStepWithoutAnOutputIsLeftOut()
    {
        var trajectories = new List<IReadOnlyList<MorrisStep>> { new[] { new MorrisStep(0, 0.5, 1), new MorrisStep(1, -0.5, double.NaN) } };
        var m = MorrisIndices.Of(trajectories, 2, 5);
        Assert.That(m[0].MuStar, Is.EqualTo(2));
        Assert.That(m[1].Effects, Is.EqualTo(0));
        Assert.That(m[1].MuStar, Is.NaN);
    }
}
