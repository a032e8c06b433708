namespace ClusterSim.Engine.Execution;

/// <summary>Work on one chunk of rows, [start, end). Chunk numbers are stable: chunk c always covers the same rows.</summary>
internal interface IChunkBody
{
    void Run(int chunk, int start, int end);
}

/// <summary>Work on one chunk that also adds into <c>sums</c>, this chunk's own partial sums.</summary>
internal interface IChunkReduction
{
    void Run(int chunk, int start, int end, Span<double> sums);
}
