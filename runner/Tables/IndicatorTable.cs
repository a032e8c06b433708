using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Tables;

/// <summary>
/// <c>indicators.csv</c> and <c>indicators.parquet</c>: key columns <c>scenario,replication,tick,date</c>, then
/// every indicator in catalogue order (the parks have their own table, <see cref="ParkTable"/>).
/// </summary>
public sealed class IndicatorTable : IDisposable
{
    private readonly TableWriter _table;
    private readonly RunKeys _keys;
    private readonly Action<double>[] _values;

    /// <param name="folder">Where the files go.</param>
    /// <param name="scenario">Names the rows and gives the columns.</param>
    public IndicatorTable(Func<string, string> folder, Scenario scenario)
    {
        _keys = new RunKeys(scenario);
        var columns = IndicatorCatalog.All.Select(d => Column(d.Name, d.Unit, d.Doc)).ToArray();
        _values = columns.Select(Adder).ToArray();
        _table = new TableWriter(folder("indicators.csv"), folder("indicators.parquet"), [.. _keys.Columns, .. columns]);
    }

    /// <summary>The column of an indicator: a count (INT32 in Parquet; its CSV text is an integer already) or a measure (DOUBLE), with its unit and meaning.</summary>
    internal static TableColumn Column(string name, string unit, string doc) =>
        Statistics.Quantities.IsCount(unit) ? new IntColumn(name, unit, doc) : new DoubleColumn(name, unit, doc);

    /// <summary>How a value the engine gives as a double goes into <paramref name="column"/> (one made by <see cref="Column"/>).</summary>
    internal static Action<double> Adder(TableColumn column) => column switch
    {
        IntColumn count => count.AddCount,
        DoubleColumn measure => measure.Add,
        _ => throw new ArgumentException($"{column.Name} is not an indicator column", nameof(column)),
    };

    public void Write(IndicatorRow row)
    {
        _keys.Add(row.Replication, row.Tick);
        for (int i = 0; i < _values.Length; i++) _values[i](row.Values[i]);
        _table.EndRow();
    }

    public void Dispose() => _table.Dispose();
}
