using BenchmarkDotNet.Attributes;
using ClusterSim.Engine.Randomness;

namespace ClusterSim.Perf;

/// <summary>Cost of the counter-based generator: one Philox block, and a stream's uniform double.</summary>
[MemoryDiagnoser]
public class RandomBenchmarks
{
    private readonly RandomSource _source = new(42);

    [Benchmark(OperationsPerInvoke = 1024)]
    public uint PhiloxBlock()
    {
        uint acc = 0;
        for (uint i = 0; i < 1024; i++) acc ^= Philox4x32.Generate(i, 7, 11, 13, 17, 19).X0;
        return acc;
    }

    [Benchmark(OperationsPerInvoke = 1024)]
    public double StreamPerEntity()
    {
        double acc = 0;
        for (int i = 0; i < 1024; i++) acc += _source.Stream(Purpose.Market, 3, (ulong)i).NextDouble();
        return acc;
    }
}
