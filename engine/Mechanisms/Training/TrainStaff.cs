using ClusterSim.Engine.Core;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Training;

/// <summary>
/// M7, training: firms spend a share of their wage bill on training, large firms more than SMEs, which
/// "generally neglect training" for fear of not appropriating it and for lack of funds (UN ¶49 L220).
/// The spend is a cost in the market phase and speeds employees' on-the-job learning.
/// </summary>
public static class TrainStaff
{
    public static void Run(SimulationState s)
    {
        var firms = s.Firms;
        var p = s.Parameters.Training;
        double total = 0;
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            double share = firms.Kind[f] is FirmKind.Large or FirmKind.TncAffiliate ? p.LargeFirmShareOfWageBill : p.SmallFirmShareOfWageBill;
            double spend = share * firms.Employees[f] * s.WageUsdPerMonth;
            firms.TrainingSpendUsdPerMonth[f] = (float)spend;
            total += spend;
        }
        s.Counters.TrainingSpendUsd += total;
    }
}
