namespace ClusterSim.Tests.Runner;

/// <summary>Every Parquet file holds the same table as its CSV twin, read back by an independent reader (DuckDB).</summary>
public class ParquetTests
{
    private static readonly string[] Small = ["--ticks", "25", "--set", "run.burn_in_ticks=0", "--set", "population.people=5000", "--no-plots", "--quiet"];

    [Test]
    public void IndicatorsPanelAndBreakdownsReadBackEqualToTheCsv()
    {
        string csvRun = Path.Combine(TestPaths.TempDir(), "out"), parquetRun = Path.Combine(TestPaths.TempDir(), "out");
        string[] breakdowns = ["--set", "outputs.breakdowns=[locality, kind, origin, park]", "--replications", "2"];
        var a = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", csvRun, "--panel", .. breakdowns, .. Small]);
        var b = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", parquetRun, "--panel", "parquet", .. breakdowns, .. Small]);
        Assert.That((a.Code, b.Code), Is.EqualTo((0, 0)), a.Stderr + b.Stderr);

        DuckDb.AssertSameTable(Path.Combine(csvRun, "indicators.csv"), Path.Combine(csvRun, "indicators.parquet"));
        DuckDb.AssertSameTable(Path.Combine(csvRun, "breakdowns.csv"), Path.Combine(csvRun, "breakdowns.parquet"));
        Assert.That(File.Exists(Path.Combine(parquetRun, "panel.csv")), Is.False, "--panel parquet writes the panel as Parquet only");
        DuckDb.AssertSameTable(Path.Combine(csvRun, "panel.csv"), Path.Combine(parquetRun, "panel.parquet"));
    }

    [Test]
    public void ParquetColumnsHaveTheirTypes()
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var r = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", dir, "--ticks", "3", "--set", "run.burn_in_ticks=0", "--set", "population.people=5000", "--no-plots", "--quiet"]);
        Assert.That(r.Code, Is.EqualTo(0), r.Stderr);
        var types = DuckDb.Query($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{Path.Combine(dir, "indicators.parquet")}'))", out _)
            .ToDictionary(row => (string)row[0]!, row => (string)row[1]!);
        Assert.That((types["scenario"], types["replication"], types["tick"], types["date"], types["firms_alive"]),
            Is.EqualTo(("VARCHAR", "INTEGER", "INTEGER", "VARCHAR", "DOUBLE")));
    }
}
