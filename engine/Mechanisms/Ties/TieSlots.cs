using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Ties;

/// <summary>
/// Forming a tie in the firms' fixed tie slots, with its reciprocal for a regional partner: the one way every mechanism that ties firms (ties, events, spin-offs, hires, acquisitions, soft landing, subcontracting) writes a tie.
/// </summary>
internal static class TieSlots
{
    /// <summary>Ties <paramref name="owner"/> to <paramref name="partner"/> and, for a regional partner, back, where each has a free slot and no tie yet.</summary>
    public static void TieBothWays(FirmTable firms, int owner, int partner, TieLayer layer, float weight)
    {
        int slot = firms.FreeTieSlot(owner);
        if (slot < 0 || firms.IsTied(owner, partner)) return;
        Link(firms, slot, partner, layer, weight);
        if (partner < 0 || firms.IsTied(partner, owner)) return;
        int back = firms.FreeTieSlot(partner);
        if (back >= 0) Link(firms, back, owner, Reciprocal(layer), weight);
    }

    public static void Link(FirmTable firms, int slot, int partner, TieLayer layer, float weight)
    {
        firms.TieTarget[slot] = partner;
        firms.TieKind[slot] = layer;
        firms.TieWeight[slot] = weight;
    }

    public static TieLayer Reciprocal(TieLayer layer) => layer switch
    {
        TieLayer.Supplier => TieLayer.Customer,
        TieLayer.Customer => TieLayer.Supplier,
        _ => layer,
    };
}
