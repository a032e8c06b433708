using ClusterSim.Engine.Core;
using ClusterSim.Engine.Policies;

namespace ClusterSim.Engine.Mechanisms.Parks;

/// <summary>
/// A park's profit-and-loss account for the month and its reserve (M9), struck by manage_parks and charged by whatever
/// the park pays later in the same month, so the month's result holds every payment made in it:
/// self-funding = (rent + fees + licensing) / operating cost; result = income + operating subsidy − operating cost −
/// seed money paid; reserve += result. Seed money is an investment in an incubatee, not an operating cost, so it lowers
/// the result and not the self-funding ratio, which the brief defines over operating cost (WB:L175, L213, L867).
/// The operating subsidy is public spending: the park's own (by default whatever covers the month's loss, the norm of
/// WB:L318; else the fixed operating_subsidy_usd_per_month) plus the park_operating_subsidy lever's. A park whose reserve
/// is spent cannot pay its staff and closes (WB:L342: success means sustainability without further budget support), so a
/// subsidy keeps open a park that its tenants alone cannot.
/// </summary>
internal static class ParkAccount
{
    /// <summary>Strikes open park <paramref name="park"/>'s account from its income and operating cost of the month; true if its reserve is spent.</summary>
    public static bool Strike(SimulationState s, int park)
    {
        var parks = s.Parks;
        double income = parks.IncomeUsd[park], cost = parks.CostUsd[park];
        double subsidy = (parks.Specs[park].OperatingSubsidyUsdPerMonth ?? Math.Max(0, cost - income))
                         + s.Policy.LevelFor(Levers.ParkOperatingSubsidy, TargetScope.Park, park);
        s.Policy.Spend[Levers.ParkOperatingSubsidy.Index] += subsidy;
        parks.SelfFunding[park] = cost > 0 ? income / cost : 0;
        parks.ResultUsd[park] = income + subsidy - cost;
        parks.ReserveUsd[park] += parks.ResultUsd[park];
        return parks.ReserveUsd[park] < 0;
    }

    /// <summary>Seed money the park gives an incubatee this month: charged to the month's result and the reserve, or covered by the state with the park's losses.</summary>
    public static void PaySeedMoney(SimulationState s, int park, double usd)
    {
        if (s.Parks.Specs[park].OperatingSubsidyUsdPerMonth is null)
        {
            // The cover pays the seed money the month's surplus cannot: the month ends with no loss.
            double covered = Math.Max(0, usd - Math.Max(0, s.Parks.ResultUsd[park]));
            s.Policy.Spend[Levers.ParkOperatingSubsidy.Index] += covered;
            s.Parks.ResultUsd[park] += covered;
            s.Parks.ReserveUsd[park] += covered;
        }
        s.Parks.ResultUsd[park] -= usd;
        s.Parks.ReserveUsd[park] -= usd;
    }
}
