using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Tables;

/// <summary>
/// <c>parks.csv</c> and <c>.parquet</c>, when the scenario has parks: the run's key columns and seed
/// (<see cref="RunKeys"/>), then <c>park</c>, then each of <see cref="ParkIndicators.All"/>. One row per park and
/// tick, so a scenario's parks never change the header of indicators.csv.
/// </summary>
public sealed class ParkTable : IDisposable
{
    public static IReadOnlyList<string> Columns { get; } = [.. RunKeys.Names, "park", .. ParkIndicators.All.Select(m => m.Name)];

    private readonly TableWriter _table;
    private readonly RunKeys _keys;
    private readonly TextColumn _park = new("park", "The park's name (institutions.parks).");
    private readonly Action<double>[] _values;
    private readonly Scenario _s;

    /// <param name="folder">Where the files go.</param>
    /// <param name="scenario">Names the rows and the parks.</param>
    public ParkTable(Func<string, string> folder, Scenario scenario)
    {
        _s = scenario;
        _keys = new RunKeys(scenario);
        var columns = ParkIndicators.All.Select(m => IndicatorTable.Column(m.Name, m.Unit, m.Doc)).ToArray();
        _values = columns.Select(IndicatorTable.Adder).ToArray();
        _table = new TableWriter(folder("parks.csv"), folder("parks.parquet"), [.. _keys.Columns, _park, .. columns]);
    }

    public void Write(IndicatorRow row)
    {
        var parks = _s.Institutions.Parks;
        for (int k = 0; k < parks.Count; k++)
        {
            _keys.Add(row.Replication, row.Tick);
            _park.Add(parks[k].Name);
            for (int m = 0; m < _values.Length; m++) _values[m](row.Park(k, m));
            _table.EndRow();
        }
    }

    public void Dispose() => _table.Dispose();
}
