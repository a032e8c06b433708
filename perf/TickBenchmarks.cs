using BenchmarkDotNet.Attributes;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Model;
using ClusterSim.Loader;

namespace ClusterSim.Perf;

/// <summary>
/// One whole tick of the full schedule on synthetic regions; the largest is 1M people and 100k firms
/// (100 firms per 1,000 people). Divide the mean by (people + firms) for ns per agent-tick. Each
/// operation advances the same simulation, so the region has no university and immigration replaces
/// retirements (3.2 per 1,000 a month) to keep its size steady over thousands of ticks.
/// </summary>
[MemoryDiagnoser]
public class TickBenchmarks
{
    private Simulation _simulation = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int People { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var scenario = ScenarioLoader.Parse($"""
            format_version: 1
            name: perf
            run: {"{"}ticks: 12000, seed: 1{"}"}
            region: {"{"}localities: 20, fields: 16{"}"}
            population: {"{"}people: {People}, firms_per_1000_people: 100{"}"}
            parameters: {"{"}demography: {"{"}immigrants_per_1000_per_month: 3.2{"}"}{"}"}
            """, "perf.yaml");
        _simulation = new Simulation(scenario, 0, new ChunkedExecutor(Threads, scenario.Run.ChunkSize));
        for (int i = 0; i < 12; i++) _simulation.Step(); // let ties and vacancies form first
    }

    [Benchmark]
    public double Tick() => _simulation.Step().Row.Values[0];
}
