using ClusterSim.Engine.Execution;

namespace ClusterSim.Tests.Engine.Execution;

public class ChunkedExecutorTests
{
    private readonly struct SumBody(double[] values) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            for (int i = start; i < end; i++)
            {
                sums[0] += values[i];
                sums[1] += 1;
            }
        }
    }

    private static double[] Values()
    {
        // Magnitudes spread over 12 orders so that summation order changes the floating-point result.
        var rng = new ClusterSim.Engine.Randomness.RandomSource(5).Stream(ClusterSim.Engine.Randomness.Purpose.Market, 0, 0);
        return Enumerable.Range(0, 100_003).Select(_ => Math.Pow(10, 12 * rng.NextDouble()) * (rng.NextDouble() - 0.5)).ToArray();
    }

    [Test]
    public void ReductionIsBitIdenticalAcrossThreadCountsAndEqualsChunkOrderedSum()
    {
        var values = Values();
        const int chunk = 97;
        double expected = 0;
        for (int start = 0; start < values.Length; start += chunk)
        {
            double partial = 0;
            for (int i = start; i < Math.Min(values.Length, start + chunk); i++) partial += values[i];
            expected += partial;
        }
        Span<double> totals = stackalloc double[2];
        foreach (int threads in new[] { 1, 2, 4, 8 })
        {
            new ChunkedExecutor(threads, chunk).Reduce(values.Length, new SumBody(values), totals);
            Assert.That(BitConverter.DoubleToInt64Bits(totals[0]), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)), $"threads={threads}");
            Assert.That(totals[1], Is.EqualTo(values.Length));
        }
    }

    [Test]
    public void ChunkSizeNotThreadCountDecidesTheResult()
    {
        var values = Values();
        Span<double> a = stackalloc double[2];
        Span<double> b = stackalloc double[2];
        new ChunkedExecutor(2, 64).Reduce(values.Length, new SumBody(values), a);
        new ChunkedExecutor(2, 4096).Reduce(values.Length, new SumBody(values), b);
        // Different chunkings add in different orders; with these magnitudes the bits differ.
        Assert.That(a[0], Is.Not.EqualTo(b[0]));
    }

    private readonly struct MarkBody(int[] marks) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            for (int i = start; i < end; i++) marks[i] = chunk;
        }
    }

    [Test]
    public void EveryRowIsVisitedOnceByItsOwnChunk()
    {
        var marks = new int[1000];
        new ChunkedExecutor(2, 64).For(marks.Length, new MarkBody(marks));
        for (int i = 0; i < marks.Length; i++) Assert.That(marks[i], Is.EqualTo(i / 64));
    }
}
