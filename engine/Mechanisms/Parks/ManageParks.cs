using ClusterSim.Engine.Core;
using ClusterSim.Engine.Mechanisms.Incubation;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Parks;

/// <summary>
/// Parks as real-estate, service and network businesses (brief M9, M17, M23), after develop_parks and
/// rate_parks: incubatees graduate (after the longest stay or at the graduation size) into aftercare; tenants
/// leave (exit, or the easy-out rate divided by the park's attraction); and the profit-and-loss account is struck
/// (ParkAccount): income = the rent charged (none in a soft-landing firm's rent-free months, ParkTerms.RentCharged)
/// and the fee of each tenant + licensing (rd_centred); operating cost = operating cost + tenants × service cost.
/// A park whose reserve is spent closes (ParkAccount). The rent_subsidy lever pays a share of tenants' rent; the
/// state's share is public spending. Reads the park table and tenants; writes tenancy, counts and accounts.
/// </summary>
[PhaseSummary("graduations and tenant departures, profit-and-loss account")]
internal sealed class ManageParks : IPhase
{
    public void Run(SimulationState s)
    {
        var parks = s.Parks;
        var firms = s.Firms;
        var p = s.Parameters.Of<ParkParameters>();
        for (int k = 0; k < parks.Count; k++)
        {
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
            if (!firms.Alive[f] || s.Random.Stream(Purpose.ParkTenancy, s.Tick, firms.Key[f]).Bernoulli(p.TenantExitRatePerMonth / parks.Attraction[k]))
            {
                firms.Park[f] = FirmTable.NoPartner;
                continue;
            }
            var spec = parks.Specs[k];
            parks.Tenants[k]++;
            if (firms.LastInnovationTick[f] >= 0 && s.Tick - firms.LastInnovationTick[f] < 12) parks.InnovativeTenants[k]++;
            double rent = ParkTerms.RentCharged(s, k, f);
            parks.IncomeUsd[k] += rent + spec.ServiceFeeUsdPerMonth;
            if (spec.Model == ParkModel.RdCentred && firms.LastInnovationTick[f] == s.Tick) parks.IncomeUsd[k] += p.LicensingFeeUsd;
            s.Policy.Spend[Levers.RentSubsidy.Index] += s.Policy.LevelFor(Levers.RentSubsidy, TargetScope.Park, k) * rent;
        }

        for (int k = 0; k < parks.Count; k++)
        {
            if (parks.Closed[k])
            {
                parks.CostUsd[k] = parks.SelfFunding[k] = parks.ResultUsd[k] = 0;
                continue;
            }
            parks.CostUsd[k] = parks.Specs[k].OperatingCostUsdPerMonth + parks.Tenants[k] * p.ServiceCostUsdPerTenant;
            if (ParkAccount.Strike(s, k)) Close(s, k);
        }
    }

    /// <summary>Park <paramref name="park"/>'s reserve is spent: it closes and its tenants leave (incubatees without aftercare).</summary>
    private static void Close(SimulationState s, int park)
    {
        var firms = s.Firms;
        for (int f = 0; f < firms.Count; f++)
            if (firms.Park[f] == park) firms.Park[f] = FirmTable.NoPartner;
        s.Parks.Closed[park] = true;
        s.Parks.Tenants[park] = 0;
        s.Parks.InnovativeTenants[park] = 0;
    }

    /// <summary>An incubatee graduates after the incubator's longest stay or on reaching the graduation size (M8).</summary>
    private static bool Graduates(SimulationState s, int f, int park)
    {
        var spec = s.Parks.Specs[park];
        return spec.Model == ParkModel.BicIncubator &&
               (s.Tick - s.Firms.ParkEntryTick[f] >= spec.MaxIncubationMonths || s.Firms.Employees[f] >= s.Parameters.Of<IncubationParameters>().GraduationEmployees);
    }

}
