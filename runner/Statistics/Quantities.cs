namespace ClusterSim.Runner.Statistics;

/// <summary>
/// What the catalogue's units say about a quantity, in one place for the tables, intervals and wording: counts of
/// whole things (INT32 in Parquet, never below 0) and shares (in [0, 1], worded in percentage points).
/// </summary>
public static class Quantities
{
    public const string Share = "share 0–1";

    private static readonly HashSet<string> CountUnits = ["firms", "persons", "events", "ties", "deals", "requests"];

    /// <summary>The unit counts whole things.</summary>
    public static bool IsCount(string unit) => CountUnits.Contains(unit);
}
