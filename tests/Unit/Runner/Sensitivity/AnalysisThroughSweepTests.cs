using System.Globalization;
using ClusterSim.Runner.Commands;
using ClusterSim.Runner.Sweeps;

namespace ClusterSim.Tests.Runner.Sensitivity;

/// <summary>
/// The analysis on the real path: a sweep file's design, the executor's lanes, the journal's parts, the final tables,
/// then analyse reading them back. Only the model is swapped, for a function whose indices are known: each run reports
/// that function of its point (its unit coordinates or its values) as its one output.
/// </summary>
public class AnalysisThroughSweepTests
{
    private static readonly string[] Keys =
    [
        "parameters.labour.rent_sharing_elasticity", "parameters.demography.migration_elasticity", "parameters.market.trade_elasticity",
        "parameters.exit.loss_hazard_factor", "parameters.exit.runway_scale_months", "parameters.market.knowledge_elasticity",
    ];
    private static readonly (double Low, double High)[] Ranges = [(0.02, 0.2), (0.5, 3), (1.5, 4), (1, 4), (0.5, 2), (0.15, 0.45)];

    private static SweepModel Model(Func<SweepRun, double> f) => (plan, run, threads, afterTick, cancel) =>
        (new SweepRecord(run.Order, run.Id, run.Point.Index, "baseline", run.Context, run.Variant, run.Replication, run.Seed,
            run.Point.Labels.Select(l => l.Value).ToArray(), run.Point.Values, [f(run)]), []);

    /// <summary>Sweeps <paramref name="design"/> over the first <paramref name="d"/> keys with <paramref name="model"/>; returns the folder.</summary>
    private static string Sweep(string design, int d, SweepModel model, int replications = 1)
    {
        string dir = TestPaths.TempDir(), path = Path.Combine(dir, "known.yaml");
        var parameters = string.Concat(Enumerable.Range(0, d).Select(i =>
            $"    - {{key: {Keys[i]}, low: {Ranges[i].Low.ToString(CultureInfo.InvariantCulture)}, high: {Ranges[i].High.ToString(CultureInfo.InvariantCulture)}}}\n"));
        File.WriteAllText(path, $"format_version: 1\nname: known\nsweep:\n  scenario: {TestPaths.Scenario("baseline.yaml")}\n  replications: {replications}\n{design}\n" +
            $"  parameters:\n{parameters}  outputs:\n    - {{name: y, statistic: {{kind: indicator_mean, indicators: [employment]}}}}\n");
        string folder = Path.Combine(dir, "out");
        var log = new StringWriter();
        int code = SweepCommand.Execute(new SweepCommand.SweepOptions(path, folder, [], 2, Quiet: true), TextWriter.Null, log, CancellationToken.None, model).GetAwaiter().GetResult();
        Assert.That(code, Is.EqualTo(0), log.ToString());
        return folder;
    }

    /// <summary>
    /// An output that is pure noise (each run an independent standard normal draw, 4 replications a point): every
    /// parameter's μ* is what noise gives, and the noise reference must say so, 2σ/(√π Δ) with σ = 1/√4 the sd of a
    /// point's mean and Δ = 2/3 the step at 4 levels, about 0.846.
    /// </summary>
    [Test]
    public void TheNoiseReferenceIsWhatPureNoiseGivesMuStar()
    {
        // Keyed by the run's place, not its id (which holds the scenario's path), so the draws are the same in every checkout.
        static double Normal(int order)
        {
            ulong key = 0x4E01_5E00UL + (ulong)order;
            double u1 = ClusterSim.Engine.Randomness.CounterRandom.Uniform(key, 0), u2 = ClusterSim.Engine.Randomness.CounterRandom.Uniform(key, 1);
            return Math.Sqrt(-2 * Math.Log(1 - u1)) * Math.Cos(2 * Math.PI * u2);
        }
        string folder = Sweep("  design: morris\n  trajectories: 200\n  levels: 4", 3, Model(run => Normal(run.Order)), replications: 4);
        var indices = Indices(folder);
        double expected = 2 * 0.5 / (Math.Sqrt(Math.PI) * 2.0 / 3);
        Assert.That(indices[("mu_star_noise", "", "")].Estimate, Is.EqualTo(expected).Within(0.05 * expected), "the reference from the replications' spread");
        // 200 effects a parameter put μ*'s standard error near 0.64 × 0.846 / √200 ≈ 0.04.
        for (int j = 0; j < 3; j++)
            Assert.That(indices[("mu_star", Keys[j], "")].Estimate, Is.EqualTo(expected).Within(0.15), $"{Keys[j]}'s μ* is noise's");
    }

    private static Dictionary<(string Index, string Parameter, string Parameter2), (double Estimate, double Low, double High)> Indices(string folder)
    {
        var rows = File.ReadAllLines(Path.Combine(folder, "sensitivity.csv"));
        var header = rows[0].Split(',').ToList();
        double Number(string s) => s.Length == 0 ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);
        return rows.Skip(1).Select(r => r.Split(',')).ToDictionary(c => (c[header.IndexOf("index")], c[header.IndexOf("parameter")], c[header.IndexOf("parameter_2")]),
            c => (Number(c[header.IndexOf("estimate")]), Number(c[header.IndexOf("low")]), Number(c[header.IndexOf("high")])));
    }

    // N = 2048 Sobol-sequence samples: the estimators' Monte Carlo standard error is about 0.02 there, the sequence does better.
    [Test]
    public void IshigamiThroughASobolSweepGivesThePublishedIndices()
    {
        string folder = Sweep("  design: sobol\n  samples: 2048\n  second_order: true", 3, Model(run => KnownFunctions.Ishigami(run.Point.Unit!)));
        var indices = Indices(folder);
        TestContext.Out.WriteLine($"S1 {string.Join(", ", Keys.Take(3).Select(k => indices[("s1", k, "")].Estimate.ToString("F4")))}; ST {string.Join(", ", Keys.Take(3).Select(k => indices[("st", k, "")].Estimate.ToString("F4")))}; S13 {indices[("s2", Keys[0], Keys[2])].Estimate:F4}; S1 half-widths {string.Join(", ", Keys.Take(3).Select(k => ((indices[("s1", k, "")].High - indices[("s1", k, "")].Low) / 2).ToString("F4")))}");
        for (int j = 0; j < 3; j++)
        {
            Assert.That(indices[("s1", Keys[j], "")].Estimate, Is.EqualTo(KnownFunctions.IshigamiFirst[j]).Within(0.03), $"S1 of {Keys[j]}");
            Assert.That(indices[("st", Keys[j], "")].Estimate, Is.EqualTo(KnownFunctions.IshigamiTotal[j]).Within(0.03), $"ST of {Keys[j]}");
        }
        Assert.That(indices[("s2", Keys[0], Keys[2])].Estimate, Is.EqualTo(KnownFunctions.IshigamiS13).Within(0.04));
        var (s11, low, high) = indices[("s1", Keys[0], "")];
        Assert.That(low, Is.LessThan(s11));
        Assert.That(high, Is.GreaterThan(s11));

        // The SALib layout: the design in SALib's order, one row per point, and each point's output.
        var x = File.ReadAllLines(Path.Combine(folder, "salib", "X.txt")).Where(l => !l.StartsWith('#')).ToArray();
        var y = File.ReadAllLines(Path.Combine(folder, "salib", "Y.txt")).Where(l => !l.StartsWith('#')).ToArray();
        Assert.That(x, Has.Length.EqualTo(2048 * (2 * 3 + 2)));
        Assert.That(y, Has.Length.EqualTo(x.Length));
        Assert.That(File.ReadAllText(Path.Combine(folder, "salib", "problem.json")), Does.Contain("\"num_vars\": 3"));
    }

    [Test]
    public void TheGFunctionThroughASobolSweepGivesItsIndices()
    {
        double[] a = [0, 1, 4.5, 9, 99, 99];
        var (first, total) = KnownFunctions.GIndices(a);
        var indices = Indices(Sweep("  design: sobol\n  samples: 1024", 6, Model(run => KnownFunctions.G(run.Point.Unit!, a))));
        TestContext.Out.WriteLine($"largest error {Enumerable.Range(0, 6).Max(j => Math.Max(Math.Abs(indices[("s1", Keys[j], "")].Estimate - first[j]), Math.Abs(indices[("st", Keys[j], "")].Estimate - total[j]))):F4}");
        for (int j = 0; j < 6; j++)
        {
            Assert.That(indices[("s1", Keys[j], "")].Estimate, Is.EqualTo(first[j]).Within(0.03), $"S1 of x{j + 1}");
            Assert.That(indices[("st", Keys[j], "")].Estimate, Is.EqualTo(total[j]).Within(0.03), $"ST of x{j + 1}");
        }
    }

    /// <summary>y = Σ c_i x_i on the keys' own values: μ* = |c_i| × (high_i − low_i) and σ = 0, exactly.</summary>
    [Test]
    public void ALinearModelThroughAMorrisSweepHasMuStarItsCoefficientTimesItsRange()
    {
        double[] c = [10, -2, 0.5, 0];
        var indices = Indices(Sweep("  design: morris\n  trajectories: 12\n  levels: 4", 4, Model(run => run.Point.Values.Select((v, i) => c[i] * v).Sum())));
        for (int j = 0; j < 4; j++)
        {
            double range = Ranges[j].High - Ranges[j].Low;
            Assert.That(indices[("mu_star", Keys[j], "")].Estimate, Is.EqualTo(Math.Abs(c[j]) * range).Within(1e-9), Keys[j]);
            Assert.That(indices[("mu", Keys[j], "")].Estimate, Is.EqualTo(c[j] * range).Within(1e-9), Keys[j]);
            Assert.That(indices[("sigma", Keys[j], "")].Estimate, Is.EqualTo(0).Within(1e-9), Keys[j]);
        }
    }
}
