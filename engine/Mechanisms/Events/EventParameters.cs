using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Events;

/// <summary>Parameters of events held by parks and brokers (M10). The <c>parameters.events</c> section.</summary>
[ParameterSection("events", Order = 16)]
internal sealed record EventParameters
{
    [Param("Firms of the locality attending an event.", Unit = "firms", Min = 2, Max = 10_000, Source = "calibrated; WB:L479")]
    public int Attendees { get; init; } = 20;

    [Param("Chance that two attendees who meet form a collaboration tie.", Unit = "share 0–1", Min = 0, Max = 1, Source = "calibrated; brief M10 (events create meeting opportunities)")]
    public double TieProbability { get; init; } = 0.3;

    [Param("Visibility a park gains from an event.", Unit = "visibility", Min = 0, Max = 10, Source = "calibrated; WB:L195 (footfall)")]
    public double VisibilityPerEvent { get; init; } = 0.1;

    [Param("Cost of an event added by the brokerage_events lever.", Unit = "USD", Min = 0, Max = 1e9, Source = "calibrated")]
    public double CostUsd { get; init; } = 10_000;
}
