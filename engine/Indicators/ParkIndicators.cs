namespace ClusterSim.Engine.Indicators;

/// <summary>One measure of a park, written per park and tick to parks.csv.</summary>
public sealed record ParkIndicator(string Name, string Unit, string Doc);

/// <summary>
/// The measures of each park, in column order after the key <c>scenario,replication,tick,date,park</c> of
/// parks.csv, so a scenario's parks never change the header of indicators.csv. Append, never reorder.
/// </summary>
public static class ParkIndicators
{
    public static readonly IReadOnlyList<ParkIndicator> All =
    [
        new("occupancy", "share 0–1", "Tenants of the park over its tenant slots."),
        new("self_funding", "ratio", "Rent, fees and licensing income of the park over its operating cost."),
        new("tenants", "firms", "Tenants of the park."),
        new("applicants", "firms", "Firms that applied to the park during the tick."),
        new("result", "USD/month", "Income plus operating subsidy less cost of the park and the seed money it paid in the month."),
        new("capital_grants", "USD/month", "Capital grants for land and power of the park (levers)."),
        new("reserve", "USD", "The park's reserve: its opening reserve plus every month's result; a park whose reserve is spent closes."),
        new("open", "0 or 1", "1 while the park is open, 0 from the month its reserve ran out."),
    ];
}
