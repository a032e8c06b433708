namespace ClusterSim.Engine.Core;

/// <summary>
/// Rebuilds <see cref="SimulationState.Neighbourhoods"/>, the alive firms by locality, field and park, at the points
/// of the tick the schedule names: before the phases that draw partners from it (ties and the supplier ladder;
/// events, after the market, parks and incubators have changed who is alive and where). Those phases read the
/// index and never rebuild it. Reads firms' alive flag, locality, field and park; writes the index only.
/// </summary>
[PhaseSummary("the index of alive firms by locality, field and park that partner searches draw from")]
internal sealed class RebuildNeighbourhoods : IPhase
{
    public void Run(SimulationState s) => s.Neighbourhoods.Rebuild(s.Firms, s.Scenario.Region.Localities, s.Parks.Count);
}
