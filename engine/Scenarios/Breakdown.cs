namespace ClusterSim.Engine.Scenarios;

/// <summary>A grouping of firms for <c>outputs.breakdowns</c>: by locality, kind, origin, or the park they are tenants of.</summary>
public enum Breakdown { Locality, Kind, Origin, Park }
