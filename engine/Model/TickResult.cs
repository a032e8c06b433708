using ClusterSim.Engine.Indicators;

namespace ClusterSim.Engine.Model;

/// <summary>What one tick of one replication gives: its indicator row and, when the simulation records the panel, its panel records.</summary>
public sealed record TickResult(IndicatorRow Row, PanelRecord[] Panel);
