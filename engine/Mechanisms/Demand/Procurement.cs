using ClusterSim.Engine.Core;

namespace ClusterSim.Engine.Mechanisms.Demand;

/// <summary>
/// Procurement (M18): the revenue factor of a firm from the purchases the procurement programme directs to local innovative firms. Set each tick by pull_demand, read by the market phase.
/// </summary>
internal static class Procurement
{
    /// <summary>Revenue factor of firm <paramref name="f"/> from procurement: innovative SMEs and NTBFs sell more.</summary>
    public static double RevenueFactor(SimulationState s, int f)
    {
        var firms = s.Firms;
        if (s.Region.ProcurementShare == 0 || firms.Kind[f] is not (State.FirmKind.Sme or State.FirmKind.Ntbf)) return 1;
        bool innovative = firms.LastInnovationTick[f] >= 0 && s.Tick - firms.LastInnovationTick[f] < 12;
        return innovative ? 1 + s.Parameters.Of<DemandPullParameters>().ProcurementRevenueEffect * s.Region.ProcurementShare : 1;
    }
}
