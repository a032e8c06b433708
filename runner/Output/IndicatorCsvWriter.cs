using System.Globalization;
using System.Text;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Output;

/// <summary>
/// Writes <c>indicators.csv</c>: key columns <c>scenario,replication,tick,date</c>, then every indicator in
/// catalog order, then the columns of each park. Numbers use the shortest round-trip form, so equal doubles give equal bytes.
/// </summary>
public sealed class IndicatorCsvWriter : IDisposable
{
    public static readonly string[] KeyColumns = ["scenario", "replication", "tick", "date"];
    private readonly StreamWriter _writer;
    private readonly string _scenario;
    private readonly YearMonth _start;

    public IndicatorCsvWriter(string path, Scenario scenario)
    {
        _writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        _scenario = Quote(scenario.Name);
        _start = scenario.Run.Start;
        _writer.WriteLine(string.Join(',', KeyColumns.Concat(IndicatorCatalog.For(scenario).Select(d => d.Name))));
    }

    public void Write(IndicatorRow row)
    {
        var w = _writer;
        w.Write(_scenario);
        w.Write(',');
        w.Write(row.Replication.ToString(CultureInfo.InvariantCulture));
        w.Write(',');
        w.Write(row.Tick.ToString(CultureInfo.InvariantCulture));
        w.Write(',');
        w.Write(_start.AddMonths(row.Tick).ToString());
        foreach (double v in row.Values)
        {
            w.Write(',');
            w.Write(v.ToString("R", CultureInfo.InvariantCulture));
        }
        w.WriteLine();
    }

    internal static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";

    public void Dispose() => _writer.Dispose();
}
