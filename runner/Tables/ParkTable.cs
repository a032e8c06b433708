using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Tables;

/// <summary>
/// <c>parks.csv</c> and <c>.parquet</c>, when the scenario has parks: key columns <c>scenario,replication,tick,date,park</c>,
/// then each of <see cref="ParkIndicators.All"/>. One row per park and tick, so a scenario's parks never change the
/// header of indicators.csv.
/// </summary>
public sealed class ParkTable : IDisposable
{
    public static IReadOnlyList<string> Columns { get; } = [.. IndicatorTable.KeyColumns, "park", .. ParkIndicators.All.Select(m => m.Name)];

    private readonly TableWriter _table;
    private readonly TextColumn _scenario = new("scenario"), _date = new("date"), _park = new("park");
    private readonly IntColumn _replication = new("replication"), _tick = new("tick");
    private readonly DoubleColumn[] _values = ParkIndicators.All.Select(m => new DoubleColumn(m.Name)).ToArray();
    private readonly Scenario _s;

    /// <param name="folder">Where the files go.</param>
    /// <param name="scenario">Names the rows and the parks.</param>
    public ParkTable(Func<string, string> folder, Scenario scenario)
    {
        _s = scenario;
        _table = new TableWriter(folder("parks.csv"), folder("parks.parquet"), [_scenario, _replication, _tick, _date, _park, .. _values]);
    }

    public void Write(IndicatorRow row)
    {
        string date = _s.Run.Start.AddMonths(row.Tick).ToString();
        var parks = _s.Institutions.Parks;
        for (int k = 0; k < parks.Count; k++)
        {
            _scenario.Add(_s.Name);
            _replication.Add(row.Replication);
            _tick.Add(row.Tick);
            _date.Add(date);
            _park.Add(parks[k].Name);
            for (int m = 0; m < _values.Length; m++) _values[m].Add(row.Park(k, m));
            _table.EndRow();
        }
    }

    public void Dispose() => _table.Dispose();
}
