using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Core;

/// <summary>
/// Alive firms bucketed by locality, by field and by park (tenants only) in CSR arrays (offsets + rows), rebuilt by a counting
/// sort in O(firms). Partner search draws from these buckets, so its cost is linear in firms, never all pairs.
/// </summary>
internal sealed class FirmNeighbourhoods
{
    public int[] LocalityStart = [];
    public int[] LocalityRows = [];
    public int[] FieldStart = [];
    public int[] FieldRows = [];
    public int[] ParkStart = [];
    public int[] ParkRows = [];

    public void Rebuild(FirmTable firms, int localities, int parks)
    {
        Bucket(firms, firms.Locality, localities, ref LocalityStart, ref LocalityRows);
        Bucket(firms, firms.Field, firms.Fields, ref FieldStart, ref FieldRows);
        if (parks > 0) Bucket(firms, firms.Park, parks, ref ParkStart, ref ParkRows);
    }

    /// <summary>The tenants of <paramref name="park"/>.</summary>
    public ReadOnlySpan<int> InPark(int park) => ParkRows.AsSpan(ParkStart[park], ParkStart[park + 1] - ParkStart[park]);

    public ReadOnlySpan<int> InLocality(int locality) => LocalityRows.AsSpan(LocalityStart[locality], LocalityStart[locality + 1] - LocalityStart[locality]);

    public ReadOnlySpan<int> InField(int field) => FieldRows.AsSpan(FieldStart[field], FieldStart[field + 1] - FieldStart[field]);

    private static void Bucket(FirmTable firms, int[] bucketOf, int buckets, ref int[] start, ref int[] rows)
    {
        if (start.Length < buckets + 1) start = new int[buckets + 1];
        Array.Clear(start, 0, buckets + 1);
        int alive = 0;
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f] || bucketOf[f] < 0) continue;
            start[bucketOf[f] + 1]++;
            alive++;
        }
        for (int b = 0; b < buckets; b++) start[b + 1] += start[b];
        if (rows.Length < alive) rows = new int[Math.Max(alive, rows.Length * 2)];
        Span<int> next = buckets <= 1024 ? stackalloc int[buckets] : new int[buckets];
        start.AsSpan(0, buckets).CopyTo(next);
        for (int f = 0; f < firms.Count; f++)
            if (firms.Alive[f] && bucketOf[f] >= 0) rows[next[bucketOf[f]]++] = f;
    }
}
