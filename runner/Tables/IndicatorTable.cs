using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Tables;

/// <summary>
/// <c>indicators.csv</c> and <c>indicators.parquet</c>: key columns <c>scenario,replication,tick,date</c>, then
/// every indicator in catalogue order (the parks have their own table, <see cref="ParkTable"/>).
/// </summary>
public sealed class IndicatorTable : IDisposable
{
    public static readonly string[] KeyColumns = ["scenario", "replication", "tick", "date"];
    private readonly TableWriter _table;
    private readonly TextColumn _scenario = new("scenario"), _date = new("date");
    private readonly IntColumn _replication = new("replication"), _tick = new("tick");
    private readonly DoubleColumn[] _values;
    private readonly string _name;
    private readonly YearMonth _start;

    /// <param name="folder">Where the files go.</param>
    /// <param name="scenario">Names the rows and gives the columns.</param>
    public IndicatorTable(Func<string, string> folder, Scenario scenario)
    {
        _name = scenario.Name;
        _start = scenario.Run.Start;
        _values = IndicatorCatalog.All.Select(d => new DoubleColumn(d.Name)).ToArray();
        _table = new TableWriter(folder("indicators.csv"), folder("indicators.parquet"),
            [_scenario, _replication, _tick, _date, .. _values]);
    }

    public void Write(IndicatorRow row)
    {
        _scenario.Add(_name);
        _replication.Add(row.Replication);
        _tick.Add(row.Tick);
        _date.Add(_start.AddMonths(row.Tick).ToString());
        for (int i = 0; i < _values.Length; i++) _values[i].Add(row.Values[i]);
        _table.EndRow();
    }

    public void Dispose() => _table.Dispose();
}
