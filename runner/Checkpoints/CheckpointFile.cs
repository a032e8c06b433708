using ClusterSim.Engine.Checkpoints;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;
using ClusterSim.Runner.Output;

namespace ClusterSim.Runner.Checkpoints;

/// <summary>
/// A checkpoint on disk: the engine's <see cref="Checkpoint"/> (which reads and writes streams) in a file,
/// written under a temporary name, flushed to disk and renamed, and read back with its path in every error.
/// </summary>
public sealed class CheckpointFile
{
    private CheckpointFile(string path, Checkpoint contents)
    {
        Path = path;
        Contents = contents;
    }

    public string Path { get; }

    public Checkpoint Contents { get; }

    /// <exception cref="CheckpointException">The file cannot be read, or is not a usable checkpoint; the message starts with its path.</exception>
    public static CheckpointFile Read(string path) => new(path, Open(path, Checkpoint.Read));

    /// <summary>The replication the checkpoint holds, driven from here by <paramref name="scenario"/>.</summary>
    public Simulation Restore(Scenario scenario, ChunkedExecutor executor) => Open(Path, file => Contents.Restore(file, scenario, executor));

    /// <summary>Writes <paramref name="simulation"/> with the outputs so far to <paramref name="path"/>, replacing it only once complete.</summary>
    public static void Write(string path, Simulation simulation, string runInfo, IEnumerable<Engine.Indicators.IndicatorRow> rows, IEnumerable<Engine.Indicators.PanelRecord> panel)
    {
        Staging.WriteFile(path, file => Checkpoint.Write(file, simulation, ScenarioWriter.Write(simulation.Scenario), runInfo, rows, panel));
    }

    private static T Open<T>(string path, Func<Stream, T> read)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
            return read(file);
        }
        catch (CheckpointException e)
        {
            throw new CheckpointException($"{path}: {e.Message}");
        }
        catch (IOException e) when (e is not EndOfStreamException)
        {
            throw new CheckpointException($"{path}: cannot read it ({e.Message})");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CheckpointException($"{path}: cannot read it ({e.Message})");
        }
    }
}
