namespace ClusterSim.Engine.Indicators;

/// <summary>The indicators of one tick of one replication, in <see cref="IndicatorCatalog"/> order.</summary>
public sealed record IndicatorRow(int Replication, int Tick, double[] Values);
