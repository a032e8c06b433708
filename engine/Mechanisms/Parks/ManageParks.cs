using ClusterSim.Engine.Core;
using ClusterSim.Engine.Mechanisms.Incubation;
using ClusterSim.Engine.Mechanisms.Market;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Parks;

/// <summary>
/// Parks as real-estate, service and network businesses (brief M9, M17, M23). Each month a park's land
/// and power grow by its master-plan phases and the land_release and infrastructure_capacity levers, and
/// an incubator's slots by the incubator_capacity lever; incubatees graduate (after the longest stay or at
/// the graduation size) into aftercare; tenants leave (exit, the easy-out rate); visibility drifts toward what
/// management sustains; and the profit-and-loss account is struck: income = tenants × (rent + fee) +
/// licensing (rd_centred), cost = operating cost + tenants × service cost, self-funding = income / cost,
/// result = income + public operating subsidy − cost; capital grants (the land and power levers) are booked apart.
/// The rent_subsidy lever pays a share of tenants' rent; the state's share is public spending.
/// </summary>
[PhaseSummary("land and power, tenant departures, visibility, profit-and-loss account")]
public sealed class ManageParks : IPhase
{
    // Scratch reused from tick to tick.
    private double[] _attraction = [];

    public void Run(SimulationState s)
    {
        var parks = s.Parks;
        var firms = s.Firms;
        var p = s.Parameters.Of<ParkParameters>();
        int month = s.Tick;
        if (_attraction.Length != parks.Count) _attraction = new double[parks.Count];
        for (int k = 0; k < parks.Count; k++)
        {
            var spec = parks.Specs[k];
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
            _attraction[k] = LocationChoice.Attraction(s, k);
            parks.Tenants[k] = 0;
            parks.InnovativeTenants[k] = 0;
            parks.Graduates[k] = 0;
            parks.IncomeUsd[k] = 0;
        }

        for (int f = 0; f < firms.Count; f++)
        {
            int k = firms.Park[f];
            if (k < 0) continue;
            if (firms.Alive[f] && Graduates(s, f, k))
            {
                firms.Park[f] = FirmTable.NoPartner;
                firms.AftercarePark[f] = k;
                firms.AftercareUntilTick[f] = s.Tick + parks.Specs[k].AftercareMonths;
                parks.Graduates[k]++;
                continue;
            }
            if (!firms.Alive[f] || s.Random.Stream(Purpose.ParkTenancy, s.Tick, firms.Key[f]).Bernoulli(p.TenantExitRatePerMonth / _attraction[k]))
            {
                firms.Park[f] = FirmTable.NoPartner;
                continue;
            }
            var spec = parks.Specs[k];
            parks.Tenants[k]++;
            if (firms.LastInnovationTick[f] >= 0 && s.Tick - firms.LastInnovationTick[f] < 12) parks.InnovativeTenants[k]++;
            parks.IncomeUsd[k] += spec.RentUsdPerMonth + spec.ServiceFeeUsdPerMonth;
            if (spec.Model == ParkModel.RdCentred && firms.LastInnovationTick[f] == s.Tick) parks.IncomeUsd[k] += p.LicensingFeeUsd;
            s.Policy.Spend[Levers.RentSubsidy.Index] += s.Policy.LevelFor(Levers.RentSubsidy, TargetScope.Park, k) * spec.RentUsdPerMonth;
        }

        for (int k = 0; k < parks.Count; k++)
        {
            parks.CostUsd[k] = parks.Specs[k].OperatingCostUsdPerMonth + parks.Tenants[k] * p.ServiceCostUsdPerTenant;
            parks.SelfFunding[k] = parks.CostUsd[k] > 0 ? parks.IncomeUsd[k] / parks.CostUsd[k] : 0;
            parks.ResultUsd[k] = parks.IncomeUsd[k] + parks.Specs[k].OperatingSubsidyUsdPerMonth - parks.CostUsd[k];
        }
    }

    /// <summary>Makes firm <paramref name="f"/> a tenant of <paramref name="park"/> from this tick; it pays rent from the next.</summary>
    public static void Admit(SimulationState s, int f, int park)
    {
        s.Firms.Park[f] = park;
        s.Firms.ParkEntryTick[f] = s.Tick;
        s.Parks.Tenants[park]++;
        s.Parks.Admitted[park]++;
    }

    /// <summary>An incubatee graduates after the incubator's longest stay or on reaching the graduation size (M8).</summary>
    private static bool Graduates(SimulationState s, int f, int park)
    {
        var spec = s.Parks.Specs[park];
        return spec.Model == ParkModel.BicIncubator &&
               (s.Tick - s.Firms.ParkEntryTick[f] >= spec.MaxIncubationMonths || s.Firms.Employees[f] >= s.Parameters.Of<IncubationParameters>().GraduationEmployees);
    }

    /// <summary>What tenant <paramref name="f"/> pays for premises and services, net of the rent subsidy and any rent-free months, less the market rent it no longer pays.</summary>
    public static double PremisesCostChange(SimulationState s, int park, int f)
    {
        var spec = s.Parks.Specs[park];
        double rent = s.Tick <= s.Firms.FreeRentUntilTick[f] ? 0 : spec.RentUsdPerMonth * (1 - s.Policy.LevelFor(Levers.RentSubsidy, TargetScope.Park, park));
        return rent + spec.ServiceFeeUsdPerMonth - spec.MarketRentUsdPerMonth;
    }

    /// <summary>Revenue uplift from a park's services to firm <paramref name="f"/>: full for tenants, a share during aftercare, with the merit of incubated firms.</summary>
    public static double RevenueFactor(SimulationState s, int f)
    {
        var firms = s.Firms;
        double factor = 1 + s.Parameters.Of<IncubationParameters>().MeritEffect * (firms.Merit[f] - 0.5);
        if (firms.Park[f] >= 0) return factor * (1 + ServiceUplift(s, firms.Park[f]));
        if (firms.AftercarePark[f] >= 0 && s.Tick < firms.AftercareUntilTick[f])
            return factor * (1 + s.Parameters.Of<IncubationParameters>().AftercareShare * ServiceUplift(s, firms.AftercarePark[f]));
        return factor;
    }

    /// <summary>Fixed cost after mentoring and easy-in space for an incubatee.</summary>
    public static double FixedCost(SimulationState s, int f)
    {
        double fixedCost = s.Parameters.Of<MarketParameters>().FixedCostPerMonth;
        int park = s.Firms.Park[f];
        return park >= 0 && s.Parks.Specs[park].Model == ParkModel.BicIncubator ? fixedCost * (1 - s.Parameters.Of<IncubationParameters>().MentoringCostReduction) : fixedCost;
    }

    /// <summary>Revenue uplift from the park's services: effect × management quality × service quality (M11, M23).</summary>
    public static double ServiceUplift(SimulationState s, int park)
    {
        var spec = s.Parks.Specs[park];
        double quality = spec.Services == ParkServices.Partners ? spec.PartnerQuality : s.Parameters.Of<ParkParameters>().InHouseServiceQuality;
        return s.Parameters.Of<ParkParameters>().ServiceEffect * spec.ManagementQuality * quality;
    }

    /// <summary>Share of profit tax a tenant of <paramref name="park"/> is forgiven: production incentive plus the tax_privileges lever.</summary>
    public static double TaxForgiven(SimulationState s, int park) =>
        Math.Min(1, s.Parks.Specs[park].ProductionIncentive + s.Policy.LevelFor(Levers.TaxPrivileges, TargetScope.Park, park));
}
