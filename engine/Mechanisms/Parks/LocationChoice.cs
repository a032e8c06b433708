using ClusterSim.Engine.Core;
using ClusterSim.Engine.Mechanisms.Market;
using ClusterSim.Engine.Policies;

namespace ClusterSim.Engine.Mechanisms.Parks;

/// <summary>
/// M21, location choice: how strongly a park draws firms, as 1 + Σ weight × factor over incentives (rent
/// below the market, tax forgiven), the region's business climate, infrastructure (spare power), labour
/// access (unemployment relative to the reference), co-location (occupancy) and research links (a host
/// institution). The default weights follow the Kazakh firm survey, which ranks incentives, macro
/// conditions, infrastructure and labour above co-location and research links (WB:L757–759; SF23).
/// Attraction multiplies applications and divides the hazard that a tenant leaves. It has no phase of its
/// own; with the location_choice switch off every park's attraction is 1.
/// </summary>
public static class LocationChoice
{
    /// <summary>The factors of <paramref name="park"/>'s attraction, each roughly on a 0–1 scale.</summary>
    public static (double Incentives, double Macro, double Infrastructure, double Labour, double Colocation, double Research) Factors(SimulationState s, int park)
    {
        var parks = s.Parks;
        var spec = parks.Specs[park];
        double rent = spec.RentUsdPerMonth * (1 - s.Policy.LevelFor(Levers.RentSubsidy, TargetScope.Park, park));
        double incentives = Math.Max(0, (spec.MarketRentUsdPerMonth - rent) / Math.Max(spec.MarketRentUsdPerMonth, 1)) + ManageParks.TaxForgiven(s, park);
        double power = spec.PowerPerTenantMw > 0 ? parks.PowerMw[park] / spec.PowerPerTenantMw : double.MaxValue;
        double infrastructure = Math.Clamp((power - parks.Tenants[park]) / Math.Max(1.0, spec.CapacityFirms), 0, 1);
        double labour = Math.Min(2, s.Unemployment / s.Parameters.Of<MarketParameters>().ReferenceUnemployment) / 2;
        double colocation = spec.CapacityFirms > 0 ? (double)parks.Tenants[park] / spec.CapacityFirms : 0;
        double research = parks.HostInstitution[park] >= 0 ? 1 : 0;
        return (incentives, s.Scenario.Region.BusinessClimate, infrastructure, labour, colocation, research);
    }

    public static double Attraction(SimulationState s, int park)
    {
        if (!s.Scenario.Mechanisms.LocationChoice) return 1;
        var w = s.Parameters.Of<LocationChoiceParameters>();
        var x = Factors(s, park);
        return 1 + w.IncentivesWeight * x.Incentives + w.MacroWeight * x.Macro + w.InfrastructureWeight * x.Infrastructure
               + w.LabourWeight * x.Labour + w.ColocationWeight * x.Colocation + w.ResearchWeight * x.Research;
    }
}
