using ClusterSim.Engine.Indicators;

namespace ClusterSim.Engine.Core;

/// <summary>
/// The flows of the tick being simulated, one slot per indicator of <see cref="IndicatorCatalog"/> (only the
/// <see cref="IndicatorKind.Flow"/> ones are counted): phases add to them, serially, and the indicator row
/// reads them when the tick ends. Cleared when a tick starts.
/// </summary>
internal sealed class TickFlows
{
    private readonly double[] _values = new double[IndicatorCatalog.All.Count];

    public void Count(IndicatorDefinition flow) => _values[flow.Index]++;

    public void Add(IndicatorDefinition flow, double amount) => _values[flow.Index] += amount;

    public double this[IndicatorDefinition flow] => _values[flow.Index];

    internal void Clear() => Array.Clear(_values);
}
