namespace ClusterSim.Engine.Indicators;

/// <summary>
/// The indicators of one tick of one replication and the breakdowns <c>outputs.breakdowns</c> asks for.
/// <see cref="Values"/> holds the series of <see cref="IndicatorCatalog.SeriesOf"/>: every indicator in catalogue
/// order, then the <see cref="ParkIndicators"/> of each park.
/// </summary>
public sealed record IndicatorRow(int Replication, int Tick, double[] Values, IReadOnlyList<GroupValues> Groups)
{
    /// <summary>Measure <paramref name="measure"/> of <see cref="ParkIndicators.All"/> for park <paramref name="park"/>.</summary>
    public double Park(int park, int measure) => Values[IndicatorCatalog.All.Count + ParkIndicators.All.Count * park + measure];
}
