namespace ClusterSim.Engine.Execution;

/// <summary>
/// Per-chunk append buffers for proposals written in parallel (hires, exits, births). Each chunk writes
/// only its own buffer; reading them back in chunk order gives the same sequence whatever the thread
/// count. Buffers are kept between ticks and grow by doubling, so a steady run allocates nothing.
/// </summary>
internal sealed class ChunkBuffers<T>
{
    private T[][] _items = [];
    private int[] _counts = [];

    public int Chunks { get; private set; }

    /// <summary>Empties every buffer and makes room for <paramref name="chunks"/> chunks.</summary>
    public void Reset(int chunks)
    {
        if (_items.Length < chunks)
        {
            int old = _items.Length;
            Array.Resize(ref _items, chunks);
            Array.Resize(ref _counts, chunks);
            for (int c = old; c < chunks; c++) _items[c] = new T[16];
        }
        Array.Clear(_counts, 0, chunks);
        Chunks = chunks;
    }

    public void Add(int chunk, in T item)
    {
        ref var items = ref _items[chunk];
        int n = _counts[chunk];
        if (n == items.Length) Array.Resize(ref items, n * 2);
        items[n] = item;
        _counts[chunk] = n + 1;
    }

    public ReadOnlySpan<T> Chunk(int chunk) => _items[chunk].AsSpan(0, _counts[chunk]);

    public int TotalCount
    {
        get
        {
            int n = 0;
            for (int c = 0; c < Chunks; c++) n += _counts[c];
            return n;
        }
    }

    /// <summary>Copies all proposals, in chunk order, into <paramref name="destination"/> (grown if needed); returns the count.</summary>
    public int CopyInOrder(ref T[] destination)
    {
        int total = TotalCount;
        if (destination.Length < total) destination = new T[Math.Max(total, destination.Length * 2)];
        int at = 0;
        for (int c = 0; c < Chunks; c++)
        {
            Chunk(c).CopyTo(destination.AsSpan(at));
            at += _counts[c];
        }
        return total;
    }
}
