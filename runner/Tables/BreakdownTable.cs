using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Tables;

/// <summary>
/// <c>breakdowns.csv</c> and <c>.parquet</c>, when <c>outputs.breakdowns</c> names groupings: the run's key columns
/// and seed (<see cref="RunKeys"/>), then <c>breakdown,group_name</c>, then each of <see cref="Breakdowns.Indicators"/>
/// restricted to the group's firms. One row per grouping, group and tick.
/// </summary>
public sealed class BreakdownTable : IDisposable
{
    public static IReadOnlyList<string> Columns { get; } = [.. RunKeys.Names, "breakdown", "group_name", .. Breakdowns.Indicators];

    private readonly TableWriter _table;
    private readonly RunKeys _keys;
    private readonly TextColumn _breakdown = new("breakdown", "The grouping: locality, kind, origin or park."),
        _group = new("group_name", "The group within the grouping: a locality's index, a firm kind or origin, a park's name (or none).");
    private readonly Action<double>[] _values;
    private readonly Scenario _s;

    /// <param name="folder">Where the files go.</param>
    /// <param name="scenario">Names the rows and the groups.</param>
    public BreakdownTable(Func<string, string> folder, Scenario scenario)
    {
        _s = scenario;
        _keys = new RunKeys(scenario);
        var columns = Breakdowns.Indicators.Select(Column).ToArray();
        _values = columns.Select(IndicatorTable.Adder).ToArray();
        _table = new TableWriter(folder("breakdowns.csv"), folder("breakdowns.parquet"), [.. _keys.Columns, _breakdown, _group, .. columns]);
    }

    /// <summary>A per-group column, with the unit of the region-wide indicator it narrows and its meaning for the group.</summary>
    private static TableColumn Column(string name)
    {
        var region = IndicatorCatalog.All.First(d => Breakdowns.PerGroup(d.Name) == name);
        return IndicatorTable.Column(name, region.Unit, $"{region.Doc} Restricted to the group's firms.");
    }

    public void Write(IndicatorRow row)
    {
        foreach (var grouped in row.Groups)
        {
            var groups = Breakdowns.Groups(_s, grouped.Breakdown);
            for (int g = 0; g < groups.Count; g++)
            {
                _keys.Add(row.Replication, row.Tick);
                _breakdown.Add(ScenarioSchema.EnumName(grouped.Breakdown));
                _group.Add(groups[g]);
                for (int i = 0; i < _values.Length; i++) _values[i](grouped.Values[g, i]);
                _table.EndRow();
            }
        }
    }

    public void Dispose() => _table.Dispose();
}
