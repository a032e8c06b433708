using ClusterSim.Engine.Core;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Measurement;

/// <summary>
/// The firm-level panel, after the last phase of a tick when the simulation records it: a record of every
/// alive firm every 12th tick and of every firm that exited this tick. Innovation counts are those since the
/// firm's previous record, so recording clears them.
/// </summary>
internal static class FirmPanel
{
    public const int EveryTicks = 12;

    public static PanelRecord[] Collect(SimulationState s)
    {
        var firms = s.Firms;
        var records = new List<PanelRecord>();
        foreach (int f in s.ExitedThisTick) records.Add(Record(s, f, exited: true));
        if (s.Tick % EveryTicks == 0)
            for (int f = 0; f < firms.Count; f++)
                if (firms.Alive[f]) records.Add(Record(s, f, exited: false));
        return [.. records];
    }

    private static PanelRecord Record(SimulationState s, int f, bool exited)
    {
        var firms = s.Firms;
        Span<int> ties = stackalloc int[5];
        for (int j = f * firms.TieSlots; j < (f + 1) * firms.TieSlots; j++)
        {
            int partner = firms.TieTarget[j];
            if (partner == FirmTable.ExternalPartner || (partner >= 0 && firms.Alive[partner])) ties[(int)firms.TieKind[j]]++;
        }
        var innovations = firms.InnovationsSincePanel.AsSpan(f * 3, 3);
        var record = new PanelRecord(s.Replication, s.Tick, firms.Key[f], firms.Kind[f], firms.Origin[f], firms.ParentKey[f], firms.Generation[f],
            firms.BirthTick[f], firms.Locality[f], firms.Field[f], firms.Employees[f], firms.RevenueUsdPerMonth[f], firms.RdSpendUsdPerMonth[f],
            firms.KnowledgeLevel[f], innovations[0], innovations[1], innovations[2],
            ties[(int)TieLayer.Collaboration], ties[(int)TieLayer.Supplier], ties[(int)TieLayer.Customer], ties[(int)TieLayer.Parent], ties[(int)TieLayer.External],
            exited);
        innovations.Clear();
        return record;
    }
}
