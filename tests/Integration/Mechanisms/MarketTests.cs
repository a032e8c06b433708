using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Model;

namespace ClusterSim.Tests.Mechanisms;

/// <summary>
/// The open market in whole runs (issue 18), paired on common random numbers on the small baseline region: the economy
/// is positive-sum in knowledge, and the market events move outside demand and import prices as scheduled, with the
/// exports and import shares that follow.
/// </summary>
public class MarketTests
{
    private static readonly int[] Replications = [0, 1, 2];
    private const int Ticks = 72, From = 36;

    private static double[][][] Runs(params string[] overrides) => Replications.Select(r => SmallRegion.Run(Ticks, r, overrides)).ToArray();

    private static double Column(double[] row, string name) => row[IndicatorCatalog.IndexOf(name)];

    [Test]
    public void RaisingEveryFirmsKnowledgeByTheSameFactorRaisesValueAddedAndExports()
    {
        // All else equal (the same seeds), every alive firm's knowledge × 1.5 at tick 36.
        double plainValue = 0, raisedValue = 0, plainExports = 0, raisedExports = 0;
        foreach (int r in Replications)
        {
            var scenario = SmallRegion.Scenario();
            var plain = new Simulation(scenario, r, new ChunkedExecutor(2, 1024));
            var raised = new Simulation(scenario, r, new ChunkedExecutor(2, 1024));
            for (int t = 0; t < Ticks; t++)
            {
                if (t == From) Raise(raised, 1.5f);
                double[] a = plain.Step().Row.Values, b = raised.Step().Row.Values;
                if (t < From) { Assert.That(b, Is.EqualTo(a), $"tick {t}, before the change"); continue; }
                plainValue += Column(a, "value_added");
                raisedValue += Column(b, "value_added");
                plainExports += Column(a, "exports");
                raisedExports += Column(b, "exports");
            }
        }
        Assert.That(raisedValue, Is.GreaterThan(plainValue), "value added after the change");
        Assert.That(raisedExports, Is.GreaterThan(plainExports), "exports after the change");
    }

    private static void Raise(Simulation sim, float factor)
    {
        var firms = sim.State.Firms;
        double half = sim.State.Parameters.Of<TransferParameters>().AcHalfSaturation;
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            var row = firms.KnowledgeOf(f);
            float level = 0;
            for (int k = 0; k < row.Length; k++) level += row[k] *= factor;
            AbsorptiveCapacity.Refresh(firms, f, level, half);
        }
    }

    [Test]
    public void ARecessionLowersOutsideDemandByItsSizeInItsMonthsAndExportsFallInThem()
    {
        var plain = Runs();
        var recession = Runs("market_events={recession: [{value: 0.25, from: 36, until: 48}]}");
        for (int i = 0; i < Replications.Length; i++)
            for (int t = 0; t < Ticks; t++)
            {
                double demand = Column(recession[i][t], "outside_demand");
                Assert.That(demand, Is.EqualTo(t is >= 36 and < 48 ? 0.75 : 1).Within(1e-12), $"outside demand at tick {t}");
                if (t < From) Assert.That(recession[i][t], Is.EqualTo(plain[i][t]), $"tick {t}, before the recession");
            }
        for (int t = 36; t < 48; t++)
            Assert.That(recession.Sum(rows => Column(rows[t], "exports")), Is.LessThan(plain.Sum(rows => Column(rows[t], "exports"))), $"exports at tick {t}");
    }

    [Test]
    public void APhasedLiberalisationLowersImportPricesAsScheduledAndTheImportShareRises()
    {
        var plain = Runs();
        var open = Runs("market_events={liberalisation: [{value: 0.3, from: 36, ramp_months: 12}]}");
        for (int t = 0; t < Ticks; t++)
        {
            double expected = t < From ? 1 : 1 - 0.3 * Math.Min(1, (t - From + 1) / 12.0);
            Assert.That(Column(open[0][t], "import_price"), Is.EqualTo(expected).Within(1e-12), $"import price at tick {t}");
        }
        double Share(double[][][] runs) => runs.Sum(rows => rows[From..].Average(v => Column(v, "import_share")));
        Assert.That(Share(open), Is.GreaterThan(Share(plain)));
    }

    [Test]
    public void ACheaperExternalCompetitorLowersRegionalFirmsSalesInTheRegion()
    {
        var plain = Runs();
        var stronger = Runs("market_events={competitor: [{value: 0.3, from: 36}]}");
        double Home(double[][][] runs) => runs.Sum(rows => rows[From..].Sum(v => Column(v, "revenue") - Column(v, "exports")));
        Assert.That(Home(stronger), Is.LessThan(Home(plain)));
    }
}
