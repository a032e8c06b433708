using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Tables;

/// <summary>
/// <c>breakdowns.csv</c> and <c>.parquet</c>, when <c>outputs.breakdowns</c> names groupings: key columns
/// <c>scenario,replication,tick,date</c>, then <c>breakdown,group</c>, then each of <see cref="Breakdowns.Indicators"/>
/// restricted to the group's firms. One row per grouping, group and tick.
/// </summary>
public sealed class BreakdownTable : IDisposable
{
    public static IReadOnlyList<string> Columns { get; } = [.. IndicatorTable.KeyColumns, "breakdown", "group", .. Breakdowns.Indicators];

    private readonly TableWriter _table;
    private readonly TextColumn _scenario = new("scenario"), _date = new("date"), _breakdown = new("breakdown"), _group = new("group");
    private readonly IntColumn _replication = new("replication"), _tick = new("tick");
    private readonly DoubleColumn[] _values = Breakdowns.Indicators.Select(n => new DoubleColumn(n)).ToArray();
    private readonly Scenario _s;

    /// <param name="folder">Where the files go.</param>
    /// <param name="scenario">Names the rows and the groups.</param>
    public BreakdownTable(Func<string, string> folder, Scenario scenario)
    {
        _s = scenario;
        _table = new TableWriter(folder("breakdowns.csv"), folder("breakdowns.parquet"), [_scenario, _replication, _tick, _date, _breakdown, _group, .. _values]);
    }

    public void Write(IndicatorRow row)
    {
        string date = _s.Run.Start.AddMonths(row.Tick).ToString();
        foreach (var grouped in row.Groups)
        {
            var groups = Breakdowns.Groups(_s, grouped.Breakdown);
            for (int g = 0; g < groups.Count; g++)
            {
                _scenario.Add(_s.Name);
                _replication.Add(row.Replication);
                _tick.Add(row.Tick);
                _date.Add(date);
                _breakdown.Add(ScenarioSchema.EnumName(grouped.Breakdown));
                _group.Add(groups[g]);
                for (int i = 0; i < _values.Length; i++) _values[i].Add(grouped.Values[g, i]);
                _table.EndRow();
            }
        }
    }

    public void Dispose() => _table.Dispose();
}
