using ClusterSim.Engine.Core;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Market;

/// <summary>
/// Trade on the network (brief M13; TSER ¶17 L40): a firm uses inputs worth input_share × its sales (a cost of the
/// month, so value added is the rest) and pays for them the month after (trade credit). Of what it pays, it pays
/// local_sourcing_per_supplier_tie to each local supplier it has a supplier tie with (at most max_local_sourcing in
/// all), split by tie weight, which is revenue for those suppliers; the rest it spends in the regional market, where
/// local firms compete with imports. So a supplier's sales follow its customers' output, and a multinational's local
/// sourcing is its suppliers' revenue.
/// </summary>
internal static class SupplierTrade
{
    /// <summary>Pays every firm's last-month inputs: books its tie purchases and every supplier's tie sales; returns what is paid on the ties and what is spent off them (in the regional market).</summary>
    public static (double OnTies, double OffTies) Buy(SimulationState s, MarketParameters p)
    {
        var firms = s.Firms;
        Array.Clear(firms.TieSalesUsdPerMonth, 0, firms.Count);
        double onTies = 0, offTies = 0;
        // In row order, one buyer at a time: a supplier's sales add up in the same order on every thread count.
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            double purchases = firms.PurchasesUsdPerMonth[f];
            int first = f * firms.TieSlots, end = first + firms.TieSlots, suppliers = 0;
            double weight = 0;
            for (int j = first; j < end; j++)
                if (IsLocalSupplier(firms, j)) { suppliers++; weight += firms.TieWeight[j]; }
            double paid = suppliers > 0 && weight > 0 ? purchases * Math.Min(p.MaxLocalSourcing, suppliers * p.LocalSourcingPerSupplierTie) : 0;
            if (paid > 0)
                for (int j = first; j < end; j++)
                    if (IsLocalSupplier(firms, j)) firms.TieSalesUsdPerMonth[firms.TieTarget[j]] += (float)(paid * firms.TieWeight[j] / weight);
            firms.TiePurchasesUsdPerMonth[f] = (float)paid;
            onTies += firms.TiePurchasesUsdPerMonth[f]; // as booked, so the total is the sum of the column
            offTies += purchases - paid;
        }
        return (onTies, offTies);
    }

    private static bool IsLocalSupplier(FirmTable firms, int slot) =>
        firms.TieKind[slot] == TieLayer.Supplier && firms.TieTarget[slot] >= 0 && firms.Alive[firms.TieTarget[slot]];
}
