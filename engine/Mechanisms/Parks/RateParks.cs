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
/// Attraction multiplies applications and divides the hazard that a tenant leaves. The rate_parks phase writes
/// it to the park table where those phases read it, after develop_parks and again before admit_tenants (the
/// tenants have changed); with the location_choice switch off it does not run and every park's attraction stays 1.
/// Reads the park table, levers and the labour market; writes <see cref="State.ParkTable.Attraction"/>.
/// </summary>
[PhaseSummary("each park's attraction: incentives, climate, infrastructure, labour, co-location, research links")]
internal sealed class RateParks : IPhase
{
    public void Run(SimulationState s)
    {
        for (int k = 0; k < s.Parks.Count; k++) s.Parks.Attraction[k] = Attraction(s, k);
    }

    /// <summary>The factors of <paramref name="park"/>'s attraction, each roughly on a 0–1 scale.</summary>
    public static (double Incentives, double Macro, double Infrastructure, double Labour, double Colocation, double Research) Factors(SimulationState s, int park)
    {
        var parks = s.Parks;
        var spec = parks.Specs[park];
        double rent = spec.RentUsdPerMonth * (1 - s.Policy.LevelFor(Levers.RentSubsidy, TargetScope.Park, park));
        double incentives = Math.Max(0, (spec.MarketRentUsdPerMonth - rent) / Math.Max(spec.MarketRentUsdPerMonth, 1)) + ParkTerms.TaxForgiven(s, park);
        double power = spec.PowerPerTenantMw > 0 ? parks.PowerMw[park] / spec.PowerPerTenantMw : double.MaxValue;
        double infrastructure = Math.Clamp((power - parks.Tenants[park]) / Math.Max(1.0, spec.CapacityFirms), 0, 1);
        double labour = Math.Min(2, s.Region.Unemployment / s.Parameters.Of<MarketParameters>().ReferenceUnemployment) / 2;
        double colocation = spec.CapacityFirms > 0 ? (double)parks.Tenants[park] / spec.CapacityFirms : 0;
        double research = parks.HostInstitution[park] >= 0 ? 1 : 0;
        return (incentives, s.Scenario.Region.BusinessClimate, infrastructure, labour, colocation, research);
    }

    public static double Attraction(SimulationState s, int park)
    {
        var w = s.Parameters.Of<LocationChoiceParameters>();
        var x = Factors(s, park);
        return 1 + w.IncentivesWeight * x.Incentives + w.MacroWeight * x.Macro + w.InfrastructureWeight * x.Infrastructure
               + w.LabourWeight * x.Labour + w.ColocationWeight * x.Colocation + w.ResearchWeight * x.Research;
    }
}
