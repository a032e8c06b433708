namespace ClusterSim.Engine.Execution;

/// <summary>
/// Runs phases over fixed-size chunks of rows on up to <see cref="Threads"/> threads. Chunking depends
/// only on <see cref="ChunkSize"/>, never on the core count, and partial sums are combined in chunk
/// order, so results are bit-identical whatever the thread count.
/// </summary>
public sealed class ChunkedExecutor
{
    private double[] _partials = new double[64];
    private readonly ParallelOptions _options;

    public ChunkedExecutor(int threads, int chunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        Threads = threads;
        ChunkSize = chunkSize;
        _options = new ParallelOptions { MaxDegreeOfParallelism = threads };
    }

    public int Threads { get; }
    public int ChunkSize { get; }

    internal int ChunkCount(int rows) => (rows + ChunkSize - 1) / ChunkSize;

    internal void For<TBody>(int rows, TBody body) where TBody : IChunkBody
    {
        int chunks = ChunkCount(rows);
        if (Threads == 1 || chunks == 1)
        {
            for (int c = 0; c < chunks; c++) RunChunk(body, c, rows);
            return;
        }
        // One Parallel.For per phase (about 1.6 KB), never per agent: engine-principles §Parallelism.
        Parallel.For(0, chunks, _options, c => RunChunk(body, c, rows));
    }

    /// <summary>Runs <paramref name="body"/> over all chunks and writes the chunk-ordered totals of its <paramref name="totals"/>.Length sums.</summary>
    internal void Reduce<TBody>(int rows, TBody body, Span<double> totals) where TBody : IChunkReduction
    {
        int width = totals.Length;
        int chunks = ChunkCount(rows);
        if (_partials.Length < chunks * width) _partials = new double[Math.Max(chunks * width, _partials.Length * 2)];
        var partials = _partials;
        Array.Clear(partials, 0, chunks * width);
        For(rows, new ReductionChunk<TBody>(body, partials, width));
        totals.Clear();
        for (int c = 0; c < chunks; c++)
            for (int i = 0; i < width; i++)
                totals[i] += partials[c * width + i];
    }

    private void RunChunk<TBody>(TBody body, int chunk, int rows) where TBody : IChunkBody
    {
        int start = chunk * ChunkSize;
        body.Run(chunk, start, Math.Min(rows, start + ChunkSize));
    }

    private readonly struct ReductionChunk<TBody>(TBody body, double[] partials, int width) : IChunkBody
        where TBody : IChunkReduction
    {
        public void Run(int chunk, int start, int end) =>
            body.Run(chunk, start, end, partials.AsSpan(chunk * width, width));
    }
}
