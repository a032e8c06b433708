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
        Assert.That((types["scenario"], types["replication"], types["tick"], types["date"], types["seed"], types["firms_alive"], types["knowledge_mean"]),
            Is.EqualTo(("VARCHAR", "INTEGER", "INTEGER", "DATE", "BIGINT", "INTEGER", "DOUBLE")));
    }

    [Test]
    public void EveryParquetTableDescribesItselfAndSelectsWithoutQuotes()
    {
        string dir = TestPaths.TempDir(), run = Path.Combine(dir, "run"), compare = Path.Combine(dir, "compare");
        var r = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", run, "--panel", "parquet", "--set", "outputs.breakdowns=[kind, park]", .. Small]);
        Assert.That(r.Code, Is.EqualTo(0), r.Stderr);
        var c = TestPaths.RunProcess(["compare", TestPaths.Scenario("interventions/soft_landing.base.yaml"), TestPaths.Scenario("interventions/soft_landing.yaml"),
            "--out", compare, "--replications", "2", "--set", "outputs.breakdowns=[kind]", .. Small]);
        Assert.That(c.Code, Is.EqualTo(0), c.Stderr);
        var files = Directory.GetFiles(dir, "*.parquet", SearchOption.AllDirectories);
        Assert.That(files.Select(Path.GetFileName).Distinct().Order(), Is.EqualTo(new[]
        {
            "breakdowns.parquet", "comparison.parquet", "comparison_breakdowns.parquet", "comparison_ticks.parquet", "indicators.parquet", "panel.parquet", "parks.parquet",
        }));
        string[] counts = ["firms", "persons", "events", "ties", "deals", "requests"];
        foreach (string file in files)
        {
            string name = Path.GetFileName(file);
            var types = DuckDb.Query($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{file}'))", out _)
                .ToDictionary(row => (string)row[0]!, row => (string)row[1]!);
            var metadata = DuckDb.Query($"SELECT decode(key), decode(value) FROM parquet_kv_metadata('{file}')", out _)
                .ToDictionary(row => (string)row[0]!, row => (string)row[1]!);
            Assert.That(metadata["clustersim.output_format_version"], Is.EqualTo(ClusterSim.Runner.Output.OutputFormat.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), name);
            foreach (var (column, type) in types)
            {
                Assert.That(metadata.ContainsKey(column + ".unit"), Is.True, $"{name}: {column} has a unit");
                Assert.That(metadata[column + ".description"], Is.Not.Empty, $"{name}: {column} has a description");
                if (column == "date") Assert.That(type, Is.EqualTo("DATE"), $"{name}: date");
                if (counts.Contains(metadata[column + ".unit"]) && column is not ("var_paired" or "var_unpaired"))
                    Assert.That(type, Is.EqualTo("INTEGER"), $"{name}: {column} counts {metadata[column + ".unit"]}");
            }
            if (name is "indicators.parquet" or "parks.parquet" or "breakdowns.parquet" or "panel.parquet")
                Assert.That(types["seed"], Is.EqualTo("BIGINT"), $"{name}: the replication's seed");
        }
        // Columns that were SQL reserved words select unquoted now.
        Assert.That(DuckDb.Query($"SELECT DISTINCT time_window FROM read_parquet('{Path.Combine(compare, "comparison.parquet")}') ORDER BY time_window", out _).Select(row => row[0]),
            Is.EqualTo(new[] { "final_year", "whole_run" }));
        Assert.That(DuckDb.Query($"SELECT DISTINCT group_name FROM read_parquet('{Path.Combine(run, "breakdowns.parquet")}') WHERE breakdown = 'kind' ORDER BY group_name", out _).Select(row => row[0]),
            Is.EqualTo(new[] { "large", "ntbf", "sme", "tnc_affiliate" }));
        Assert.That(DuckDb.Query($"SELECT DISTINCT group_name FROM read_parquet('{Path.Combine(compare, "comparison_breakdowns.parquet")}')", out _), Is.Not.Empty);
    }

    [Test]
    public void ParquetWrittenWithoutVectorInstructionsHoldsTheSameValues()
    {
        // The CSV is byte-identical with and without hardware intrinsics; the Parquet bytes may differ (its encoder
        // takes other paths), so its values are decoded and compared cell by cell.
        string dir = TestPaths.TempDir(), vector = Path.Combine(dir, "vector"), scalar = Path.Combine(dir, "scalar");
        string[] args = ["--set", "outputs.breakdowns=[kind]", "--panel", "parquet", .. Small];
        var a = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", vector, .. args]);
        var b = TestPaths.RunProcess(["run", TestPaths.Scenario("baseline.yaml"), "--out", scalar, .. args], new Dictionary<string, string> { ["DOTNET_EnableHWIntrinsic"] = "0" });
        Assert.That((a.Code, b.Code), Is.EqualTo((0, 0)), a.Stderr + b.Stderr);
        foreach (string table in new[] { "indicators", "breakdowns", "parks" })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(scalar, table + ".csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(vector, table + ".csv"))), table + ".csv");
            DuckDb.AssertSameTable(Path.Combine(vector, table + ".csv"), Path.Combine(scalar, table + ".parquet"));
        }
        string Except(string x, string y) => $"SELECT count(*) FROM (SELECT * FROM read_parquet('{x}') EXCEPT ALL SELECT * FROM read_parquet('{y}'))";
        string p1 = Path.Combine(vector, "panel.parquet"), p2 = Path.Combine(scalar, "panel.parquet");
        Assert.That(Convert.ToInt64(DuckDb.Query(Except(p1, p2), out _)[0][0]) + Convert.ToInt64(DuckDb.Query(Except(p2, p1), out _)[0][0]), Is.EqualTo(0), "panel.parquet");
    }
}
