using BenchmarkDotNet.Attributes;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Generation;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;

namespace ClusterSim.Perf;

/// <summary>Generating a region of 1M people and 100k firms, and of 10M people and 1M firms (the scale target: at most 30 s).</summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private Scenario _scenario = null!;

    [Params(1_000_000, 10_000_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = ScenarioLoader.Parse(
        $"format_version: 1\nname: perf\nrun: {{ticks: 1, seed: 1}}\nregion: {{localities: 20, fields: 16}}\npopulation: {{people: {People}, firms_per_1000_people: 100}}\n", "perf.yaml");

    [Benchmark]
    public int Generate() => RegionGenerator.Generate(_scenario, 0, new ChunkedExecutor(1, 4096)).Firms.Count;
}
