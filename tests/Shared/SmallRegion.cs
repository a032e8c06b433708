using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;

namespace ClusterSim.Tests;

/// <summary>Paired runs of the baseline on a small region (20,000 people), straight through the engine.</summary>
internal static class SmallRegion
{
    public static Scenario Scenario(params string[] overrides) => Scenario("baseline.yaml", overrides);

    public static Scenario Scenario(string file, params string[] overrides) =>
        ScenarioLoader.Load(TestPaths.Scenario(file), ["population.people=20000", "run.burn_in_ticks=0", .. overrides]).Scenario;

    /// <summary>Indicator rows [tick][indicator] of replication <paramref name="replication"/> of the baseline.</summary>
    public static double[][] Run(int ticks, int replication, params string[] overrides) => RunFile("baseline.yaml", ticks, replication, overrides);

    /// <summary>Indicator rows [tick][indicator] of replication <paramref name="replication"/> of a library scenario.</summary>
    public static double[][] RunFile(string file, int ticks, int replication, params string[] overrides)
    {
        var sim = new Simulation(Scenario(file, overrides), replication, new ChunkedExecutor(2, 1024));
        var rows = new double[ticks][];
        for (int t = 0; t < ticks; t++) rows[t] = sim.Step().Row.Values;
        return rows;
    }

    public static double Sum(double[][] rows, string indicator) => rows.Sum(r => r[IndicatorCatalog.IndexOf(indicator)]);

    public static double Last(double[][] rows, string indicator) => rows[^1][IndicatorCatalog.IndexOf(indicator)];

    /// <summary>Mean over the last <paramref name="months"/> ticks.</summary>
    public static double Tail(double[][] rows, string indicator, int months) =>
        rows[^months..].Average(r => r[IndicatorCatalog.IndexOf(indicator)]);
}
