using ClusterSim.Engine.Indicators;
using MathNet.Numerics.Distributions;

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

    /// <summary>(tick, mean, low, high) of indicator <paramref name="index"/>, by tick.</summary>
    public IEnumerable<(int Tick, double Mean, double Low, double High)> Series(int index)
    {
        foreach (var tick in _byTick.Keys.Order())
        {
            var a = _byTick[tick][index];
            double half = a.N > 1 ? StudentT.InvCDF(0, 1, a.N - 1, 0.975) * Math.Sqrt(a.Variance / a.N) : 0;
            yield return (tick, a.Mean, a.Mean - half, a.Mean + half);
        }
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
