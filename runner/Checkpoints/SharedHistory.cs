using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Runner.Execution;
using Simulation = ClusterSim.Engine.Model.Simulation;

namespace ClusterSim.Runner.Checkpoints;

/// <summary>
/// A comparison's warm start: for each replication, the base runs once to the fork tick and is checkpointed;
/// every scenario (the base included) then continues from that checkpoint with its own policies. The
/// history before the fork is therefore computed once and is the same, byte for byte, in every branch.
/// </summary>
/// <param name="baseScenario">The scenario that runs the shared history.</param>
/// <param name="tick">The fork tick.</param>
/// <param name="folder">Where the checkpoints go (the comparison folder's <c>fork/</c>).</param>
public sealed class SharedHistory(Scenario baseScenario, int tick, string folder)
{
    // One slot per replication: replications may run side by side, each filling its own.
    private readonly CheckpointFile?[] _checkpoints = new CheckpointFile?[baseScenario.Run.Replications];

    public int Tick { get; } = tick;

    /// <summary>The checkpoint of each replication, in replication order.</summary>
    public IReadOnlyList<CheckpointFile> Checkpoints => _checkpoints.OfType<CheckpointFile>().ToList();

    /// <summary>
    /// Where replication <paramref name="replication"/> of a scenario starts: the base (index 0), which the
    /// driver starts first in each replication, runs the history and checkpoints it.
    /// </summary>
    /// <param name="scenario">The scenario that continues.</param>
    /// <param name="index">Its index in the comparison (0 is the base).</param>
    /// <param name="replication">The replication.</param>
    /// <param name="executor">Its executor.</param>
    /// <param name="progress">Advanced for the history's ticks.</param>
    /// <param name="cancel">Stops between ticks.</param>
    public Start Start(Scenario scenario, int index, int replication, ChunkedExecutor executor, RunProgress progress, CancellationToken cancel)
    {
        if (index == 0) _checkpoints[replication] = RunHistory(replication, executor, progress, cancel);
        var checkpoint = _checkpoints[replication]!;
        return new Start(checkpoint.Restore(scenario, executor), CheckpointedRun.History(checkpoint, index));
    }

    private CheckpointFile RunHistory(int replication, ChunkedExecutor executor, RunProgress progress, CancellationToken cancel)
    {
        var simulation = new Simulation(baseScenario, replication, executor);
        var rows = new List<Engine.Indicators.IndicatorRow>();
        while (simulation.Tick < Tick)
        {
            cancel.ThrowIfCancellationRequested();
            var row = simulation.Step().Row;
            if (row.Tick >= baseScenario.Run.BurnInTicks) rows.Add(row);
            progress.Advance(() => $"shared history: replication {replication + 1}/{baseScenario.Run.Replications}, tick {row.Tick + 1}/{Tick}");
        }
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, CheckpointedRun.FileName(replication, Tick));
        CheckpointFile.Write(path, simulation, System.Text.Json.JsonSerializer.Serialize(new { shared_history_of = baseScenario.Name }), rows, []);
        return CheckpointFile.Read(path);
    }
}
