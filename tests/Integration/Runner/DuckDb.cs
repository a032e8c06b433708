using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using DuckDB.NET.Data;

namespace ClusterSim.Tests.Runner;

/// <summary>
/// An independent reader of the runner's files: DuckDB, reading CSV and Parquet with its own parsers. The
/// ADO.NET provider (DuckDB.NET.Data) ships no native library; this machine's <c>libduckdb.so</c> comes from
/// DuckDB's own npm package, which ./test.sh installs under <c>tests/Integration/duckdb/</c> (68 MB, instead of
/// 421 MB of every platform's libraries in DuckDB.NET.Data.Full).
/// </summary>
internal static class DuckDb
{
    static DuckDb()
    {
        string arch = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";
        string library = Path.Combine(TestPaths.RepoRoot, "tests", "Integration", "duckdb", "node_modules", "@duckdb", $"node-bindings-{arch}", "libduckdb.so");
        NativeLibrary.SetDllImportResolver(Assembly.Load("DuckDB.NET.Bindings"), (name, _, _) =>
        {
            if (!name.Contains("duckdb", StringComparison.OrdinalIgnoreCase)) return IntPtr.Zero;
            if (!File.Exists(library)) throw new DllNotFoundException($"{library} is missing: ./test.sh installs it (npm install --prefix tests/Integration/duckdb)");
            return NativeLibrary.Load(library);
        });
    }

    /// <summary>Rows of a query, each cell as DuckDB returned it (null for SQL NULL).</summary>
    public static List<object?[]> Query(string sql, out string[] columns)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        return rows;
    }

    /// <summary>
    /// Asserts that a Parquet file holds exactly the CSV's table: same columns in the same order, same number of
    /// rows, every cell equal (numbers compared as doubles, an empty CSV field as NULL).
    /// </summary>
    public static void AssertSameTable(string csv, string parquet)
    {
        var fromCsv = Query($"SELECT * FROM read_csv('{csv}', header = true, all_varchar = true)", out var csvColumns);
        var fromParquet = Query($"SELECT * FROM read_parquet('{parquet}')", out var parquetColumns);
        Assert.That(parquetColumns, Is.EqualTo(csvColumns), "columns");
        Assert.That(fromParquet, Has.Count.EqualTo(fromCsv.Count), "rows");
        Assert.That(fromCsv, Is.Not.Empty);
        for (int r = 0; r < fromCsv.Count; r++)
            for (int c = 0; c < csvColumns.Length; c++)
            {
                object? p = fromParquet[r][c];
                string? text = fromCsv[r][c] as string;
                string where = $"{Path.GetFileName(parquet)} row {r} column {csvColumns[c]}";
                if (p is null) Assert.That(string.IsNullOrEmpty(text), Is.True, where);
                else if (p is string s) Assert.That(s, Is.EqualTo(text), where);
                else if (p is DateOnly date) Assert.That(date.ToString("yyyy-MM", CultureInfo.InvariantCulture), Is.EqualTo(text), where + ": a month's first day");
                else if (p is DateTime time) Assert.That(time.ToString("yyyy-MM", CultureInfo.InvariantCulture), Is.EqualTo(text), where + ": a month's first day");
                else Assert.That(Convert.ToDouble(p, CultureInfo.InvariantCulture), Is.EqualTo(double.Parse(text!, CultureInfo.InvariantCulture)), where);
            }
    }
}
