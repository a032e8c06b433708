using System.Text.Json;
using ClusterSim.Engine.Checkpoints;
using ClusterSim.Loader;
using ClusterSim.Runner.Execution;

namespace ClusterSim.Runner.Checkpoints;

/// <summary>
/// What a run stores in its checkpoints besides the model (<see cref="Checkpoint.RunInfo"/>): the files and
/// overrides it was started with, for the resumed run's manifest, and the output settings that shape its
/// files, so <c>clustersim resume</c> writes what the uninterrupted run would have.
/// </summary>
/// <param name="Files">Scenario files read, with their SHA-256.</param>
/// <param name="Overrides">The overrides applied.</param>
/// <param name="Plots">Whether plots are written.</param>
/// <param name="Panel">Panel format, or null.</param>
public sealed record CheckpointedRun(IReadOnlyList<ScenarioFile> Files, IReadOnlyList<string> Overrides, bool Plots, string? Panel)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static CheckpointedRun FromJson(string json, string path)
    {
        CheckpointedRun? run;
        try
        {
            run = JsonSerializer.Deserialize<CheckpointedRun>(json, Json);
        }
        catch (JsonException e)
        {
            throw new CheckpointException($"{path}: not a checkpoint of clustersim run ({e.Message})");
        }
        // A fork's shared history holds one replication's prefix only; the comparison that wrote it continues it.
        if (run?.Files is null || run.Overrides is null)
            throw new CheckpointException($"{path}: not a checkpoint of clustersim run (a comparison's shared history is continued by clustersim compare --fork-at)");
        return run;
    }

    /// <summary>The name of the checkpoint of replication <paramref name="replication"/> at tick <paramref name="tick"/>.</summary>
    public static string FileName(int replication, int tick) => $"r{replication:D3}-t{tick:D5}.ckpt";

    /// <summary>A checkpoint's outputs so far as the writer receives them: each indicator row with the panel records of its tick.</summary>
    /// <param name="checkpoint">The checkpoint.</param>
    /// <param name="scenario">Index of the scenario in the driver's list.</param>
    public static IReadOnlyList<TickOutput> History(CheckpointFile checkpoint, int scenario)
    {
        var panel = checkpoint.Contents.Panel.GroupBy(p => (p.Replication, p.Tick)).ToDictionary(g => g.Key, g => g.ToArray());
        return checkpoint.Contents.Rows.Select(row => new TickOutput(scenario, row, panel.GetValueOrDefault((row.Replication, row.Tick)))).ToList();
    }

    /// <summary>Writes <paramref name="simulation"/> with the outputs so far to <paramref name="folder"/>.</summary>
    /// <param name="folder">The checkpoint folder.</param>
    /// <param name="simulation">Between ticks.</param>
    /// <param name="history">Outputs handed on so far.</param>
    public string Write(string folder, Engine.Model.Simulation simulation, IReadOnlyList<TickOutput> history)
    {
        string path = Path.Combine(folder, FileName(simulation.Replication, simulation.Tick));
        CheckpointFile.Write(path, simulation, ToJson(), history.Select(h => h.Row), history.SelectMany(h => h.Panel ?? []));
        return path;
    }
}
