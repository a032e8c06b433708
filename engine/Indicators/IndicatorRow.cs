namespace ClusterSim.Engine.Indicators;

/// <summary>The indicators of one tick of one replication, in <see cref="IndicatorCatalog"/> order, and the breakdowns <c>outputs.breakdowns</c> asks for.</summary>
public sealed record IndicatorRow(int Replication, int Tick, double[] Values, IReadOnlyList<GroupValues> Groups);
