using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Checkpoints;

/// <summary>The outputs written before a checkpoint, so a resumed run writes the same files as one that never stopped.</summary>
internal static class OutputHistory
{
    public static void WriteRows(BinaryWriter w, IEnumerable<IndicatorRow> rows)
    {
        var list = rows as IReadOnlyCollection<IndicatorRow> ?? rows.ToList();
        w.Write(list.Count);
        foreach (var row in list)
        {
            w.Write(row.Replication);
            w.Write(row.Tick);
            w.Write(row.Values.Length);
            foreach (double v in row.Values) w.Write(v);
            w.Write(row.Groups.Count);
            foreach (var g in row.Groups)
            {
                w.Write((int)g.Breakdown);
                w.Write(g.Values.GetLength(0));
                w.Write(g.Values.GetLength(1));
                foreach (double v in g.Values) w.Write(v);
            }
        }
    }

    public static List<IndicatorRow> ReadRows(BinaryReader r)
    {
        int count = Count(r);
        var rows = new List<IndicatorRow>(count);
        for (int i = 0; i < count; i++)
        {
            int replication = r.ReadInt32(), tick = r.ReadInt32();
            var values = new double[Count(r)];
            for (int k = 0; k < values.Length; k++) values[k] = r.ReadDouble();
            var groups = new GroupValues[Count(r)];
            for (int g = 0; g < groups.Length; g++)
            {
                var breakdown = (Breakdown)r.ReadInt32();
                if (!Enum.IsDefined(breakdown)) throw new InvalidDataException($"unknown breakdown {(int)breakdown}");
                var grid = new double[Count(r), Count(r)];
                for (int a = 0; a < grid.GetLength(0); a++)
                    for (int b = 0; b < grid.GetLength(1); b++) grid[a, b] = r.ReadDouble();
                groups[g] = new GroupValues(breakdown, grid);
            }
            rows.Add(new IndicatorRow(replication, tick, values, groups));
        }
        return rows;
    }

    public static void WritePanel(BinaryWriter w, IEnumerable<PanelRecord> panel)
    {
        var list = panel as IReadOnlyCollection<PanelRecord> ?? panel.ToList();
        w.Write(list.Count);
        foreach (var p in list)
        {
            w.Write(p.Replication); w.Write(p.Tick); w.Write(p.FirmId); w.Write((byte)p.Kind); w.Write((byte)p.Origin); w.Write(p.ParentId);
            w.Write(p.Generation); w.Write(p.BirthTick); w.Write(p.Locality); w.Write(p.Field); w.Write(p.Employees);
            w.Write(p.RevenueUsdPerMonth); w.Write(p.RdSpendUsdPerMonth); w.Write(p.KnowledgeNorm);
            w.Write(p.InnovationsAdopted); w.Write(p.InnovationsAdapted); w.Write(p.InnovationsOriginal);
            w.Write(p.TiesCollaboration); w.Write(p.TiesSupplier); w.Write(p.TiesCustomer); w.Write(p.TiesParent); w.Write(p.TiesExternal);
            w.Write(p.Exited);
        }
    }

    public static List<PanelRecord> ReadPanel(BinaryReader r)
    {
        int count = Count(r);
        var panel = new List<PanelRecord>(count);
        for (int i = 0; i < count; i++)
            panel.Add(new PanelRecord(
                r.ReadInt32(), r.ReadInt32(), r.ReadUInt64(), (FirmKind)r.ReadByte(), (FirmOrigin)r.ReadByte(), r.ReadUInt64(),
                r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32(),
                r.ReadDouble(), r.ReadDouble(), r.ReadDouble(),
                r.ReadInt32(), r.ReadInt32(), r.ReadInt32(),
                r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32(),
                r.ReadBoolean()));
        return panel;
    }

    /// <summary>A count or length, refused when negative (a corrupt file would otherwise allocate nonsense).</summary>
    private static int Count(BinaryReader r)
    {
        int n = r.ReadInt32();
        return n >= 0 ? n : throw new InvalidDataException($"negative count {n}");
    }
}
