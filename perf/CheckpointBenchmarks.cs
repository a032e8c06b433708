using BenchmarkDotNet.Attributes;
using ClusterSim.Engine.Checkpoints;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;

namespace ClusterSim.Perf;

/// <summary>
/// Writing and reading back a checkpoint of the 1M-person synthetic region (100k firms) after 12 ticks, on
/// one core. The file size per person and per firm is printed once by the setup (docs/outputs.md quotes it).
/// </summary>
[MemoryDiagnoser]
public class CheckpointBenchmarks
{
    private Simulation _simulation = null!;
    private Scenario _scenario = null!;
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "ClusterSim.sln"))) root = root.Parent ?? throw new InvalidOperationException("ClusterSim.sln not found above the benchmark");
        _scenario = ScenarioLoader.Load(Path.Combine(root.FullName, "scenarios", "synthetic", "region_1m.yaml")).Scenario;
        _simulation = new Simulation(_scenario, 0, new ChunkedExecutor(2, _scenario.Run.ChunkSize));
        for (int t = 0; t < 12; t++) _simulation.Step();
        _path = Path.Combine(Path.GetTempPath(), $"clustersim-bench-{Environment.ProcessId}.ckpt");
        Write();
        long bytes = new FileInfo(_path).Length;
        var s = _simulation.State;
        Console.WriteLine($"checkpoint: {bytes:N0} bytes; {s.People.Count:N0} person rows (capacity {s.People.Capacity:N0}), {s.Firms.Count:N0} firm rows (capacity {s.Firms.Capacity:N0})");
        Console.WriteLine($"row bytes: person {RowBytes(typeof(Engine.State.PersonTable), s.People.Capacity, s.People):N0}, firm {RowBytes(typeof(Engine.State.FirmTable), s.Firms.Capacity, s.Firms):N0}");
    }

    /// <summary>Bytes a table's checkpoint holds per row of capacity: every column's element size times its width.</summary>
    private static double RowBytes(Type table, int capacity, object instance) =>
        ColumnSerializer.Members(table).OfType<System.Reflection.FieldInfo>()
            .Sum(f => (double)System.Runtime.InteropServices.Marshal.SizeOf(Elem(f.FieldType.GetElementType()!)) * ((Array)f.GetValue(instance)!).Length) / capacity;

    private static Type Elem(Type t) => t.IsEnum ? Enum.GetUnderlyingType(t) : t == typeof(bool) ? typeof(byte) : t;

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    // The engine's checkpoint on a file stream, as the runner writes it (less the rename and the flush to disk).
    [Benchmark]
    public void Write()
    {
        using var file = new FileStream(_path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 20);
        Checkpoint.Write(file, _simulation, ScenarioWriter.Write(_scenario), "{}", [], []);
    }

    [Benchmark]
    public int ReadAndRestore()
    {
        using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Checkpoint.Read(file).Restore(file, _scenario, new ChunkedExecutor(1, _scenario.Run.ChunkSize)).State.Firms.Count;
    }
}
