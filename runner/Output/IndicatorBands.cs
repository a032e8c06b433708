using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Runner.Statistics;

namespace ClusterSim.Runner.Output;

/// <summary>
/// Running mean and 95 % interval over replications, per tick, for the plotted indicators only:
/// memory grows with ticks × plots, not with replications or agents.
/// </summary>
public sealed class IndicatorBands
{
    private readonly int[] _columns;
    private readonly Dictionary<int, Accumulator[]> _byTick = [];

    public IndicatorBands(IReadOnlyList<string> indicators, IReadOnlyList<IndicatorDefinition> columns)
    {
        Names = indicators;
        Definitions = indicators.Select(name => columns[IndicatorCatalog.IndexOf(columns, name)]).ToArray();
        _columns = indicators.Select(name => IndicatorCatalog.IndexOf(columns, name)).ToArray();
    }

    public IReadOnlyList<IndicatorDefinition> Definitions { get; }

    public IReadOnlyList<string> Names { get; }

    public void Add(IndicatorRow row)
    {
        if (!_byTick.TryGetValue(row.Tick, out var acc)) _byTick[row.Tick] = acc = new Accumulator[_columns.Length];
        for (int i = 0; i < _columns.Length; i++) acc[i].Add(row.Values[_columns[i]]);
    }

    /// <summary>Mean and interval of indicator <paramref name="index"/> by tick.</summary>
    /// <param name="index">Position of the indicator in <see cref="Names"/>.</param>
    /// <param name="label">The scenario's name.</param>
    public BandSeries Series(int index, string label) =>
        new(label, _byTick.OrderBy(e => e.Key).Select(e => (e.Key, MeanInterval.Of(e.Value[index].Mean, e.Value[index].Variance, e.Value[index].N))).ToList());

    /// <summary>One plot per indicator: the name it is saved under and the plot.</summary>
    /// <param name="scenario">The scenario the rows came from.</param>
    public IEnumerable<(string Name, OxyPlot.PlotModel Plot)> Plots(Scenario scenario)
    {
        int replications = scenario.Run.Replications;
        string subtitle = $"{scenario.Name}: mean of {replications} replication{(replications == 1 ? "" : "s")}" + (replications > 1 ? ", 95 % interval" : "");
        for (int i = 0; i < Names.Count; i++)
            yield return (Names[i], PlotWriter.OverTime(Names[i], Definitions[i].Unit, subtitle, scenario.Run.Start, [Series(i, scenario.Name)], replications > 1));
    }

    /// <summary>Welford's running mean and variance.</summary>
    private struct Accumulator
    {
        public int N;
        public double Mean;
        private double _m2;

        public readonly double Variance => N > 1 ? _m2 / (N - 1) : 0;

        public void Add(double x)
        {
            N++;
            double d = x - Mean;
            Mean += d / N;
            _m2 += d * (x - Mean);
        }
    }
}
