namespace ClusterSim.Engine.State;

/// <summary>Growth of column arrays. Tables double their capacity, so large-object-heap reallocations stay rare.</summary>
internal static class Columns
{
    public static void Grow<T>(ref T[] column, int capacity, int width = 1, T fill = default!)
    {
        int old = column.Length;
        Array.Resize(ref column, capacity * width);
        if (!EqualityComparer<T>.Default.Equals(fill, default!)) column.AsSpan(old).Fill(fill);
    }

    public static int NextCapacity(int current, int needed) => Math.Max(needed, Math.Max(16, current * 2));
}
