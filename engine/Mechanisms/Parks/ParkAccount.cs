using ClusterSim.Engine.Core;

namespace ClusterSim.Engine.Mechanisms.Parks;

/// <summary>
/// A park's profit-and-loss account for the month (M9), struck by manage_parks and charged by whatever the park pays
/// later in the same month, so the month's result holds every payment made in it: self-funding = (rent + fees +
/// licensing) / operating cost; result = income + operating subsidy − operating cost − seed money paid.
/// Seed money is an investment in an incubatee, not an operating cost, so it lowers the result and not the
/// self-funding ratio, which the brief defines over operating cost (WB:L175, L213, L867).
/// </summary>
internal static class ParkAccount
{
    /// <summary>Strikes park <paramref name="park"/>'s account from its income and operating cost of the month.</summary>
    public static void Strike(SimulationState s, int park)
    {
        var parks = s.Parks;
        parks.SelfFunding[park] = parks.CostUsd[park] > 0 ? parks.IncomeUsd[park] / parks.CostUsd[park] : 0;
        parks.ResultUsd[park] = parks.IncomeUsd[park] + parks.Specs[park].OperatingSubsidyUsdPerMonth - parks.CostUsd[park];
    }

    /// <summary>Seed money the park gives an incubatee this month, charged to the month's result.</summary>
    public static void PaySeedMoney(SimulationState s, int park, double usd) => s.Parks.ResultUsd[park] -= usd;
}
