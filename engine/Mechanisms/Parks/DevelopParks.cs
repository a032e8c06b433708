using ClusterSim.Engine.Core;
using ClusterSim.Engine.Mechanisms.Incubation;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Parks;

/// <summary>
/// Parks as real estate (brief M17, M23): each month a park's land and power grow by its master-plan phases
/// and the land_release and infrastructure_capacity levers (capital grants, booked apart from its account),
/// an incubator's slots by the incubator_capacity lever, and its visibility drifts toward what its management
/// sustains. Reads the park specs and levers; writes land, power, capital grants, slots and visibility.
/// </summary>
[PhaseSummary("land and power, incubator slots, visibility")]
internal sealed class DevelopParks : IPhase
{
    public void Run(SimulationState s)
    {
        var parks = s.Parks;
        var p = s.Parameters.Of<ParkParameters>();
        int month = s.Tick;
        for (int k = 0; k < parks.Count; k++)
        {
            var spec = parks.Specs[k];
            // A closed park develops nothing, so levers aimed at it spend nothing.
            if (parks.Closed[k])
            {
                parks.CapitalGrantsUsd[k] = 0;
                parks.ExtraIncubationSlots[k] = 0;
                continue;
            }
            foreach (var phase in spec.LandPhases)
                if (phase.Tick == month) parks.LandReleasedPlots[k] += phase.Plots;
            double plots = spec.Model == ParkModel.LandZone ? s.Policy.LevelFor(Levers.LandRelease, TargetScope.Park, k) / 12 : 0;
            parks.LandReleasedPlots[k] += plots;
            s.Policy.Spend[Levers.LandRelease.Index] += plots * p.PlotCostUsd;
            double extraMw = s.Policy.LevelFor(Levers.InfrastructureCapacity, TargetScope.Park, k);
            parks.PowerMw[k] = spec.PowerCapacityMw + extraMw;
            s.Policy.Spend[Levers.InfrastructureCapacity.Index] += extraMw * p.PowerCostUsdPerMwMonth;
            parks.CapitalGrantsUsd[k] = plots * p.PlotCostUsd + extraMw * p.PowerCostUsdPerMwMonth;
            parks.Visibility[k] += p.VisibilityAdjustmentPerMonth * (spec.ManagementQuality - parks.Visibility[k]);
            parks.ExtraIncubationSlots[k] = spec.Model == ParkModel.BicIncubator ? (int)s.Policy.LevelFor(Levers.IncubatorCapacity, TargetScope.Park, k) : 0;
            s.Policy.Spend[Levers.IncubatorCapacity.Index] += parks.ExtraIncubationSlots[k] * s.Parameters.Of<IncubationParameters>().SlotCostUsdPerMonth;
        }
    }
}
