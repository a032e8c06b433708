using System.CommandLine;
using ClusterSim.Engine.Checkpoints;
using ClusterSim.Loader;
using ClusterSim.Runner.Checkpoints;

namespace ClusterSim.Runner.Commands;

/// <summary>
/// <c>clustersim resume CHECKPOINT</c>: continue a run from one of its checkpoints. The finished folder is
/// byte-identical to the one the run would have written had it never stopped (its manifest aside, which
/// records the checkpoint), whatever the thread count.
/// </summary>
public static class ResumeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("CHECKPOINT") { Description = "A checkpoint written by clustersim run --checkpoint-every, or its folder (then the newest complete checkpoint in it)." };
        var output = new OutputOptions("Output folder (default: out/<name>/run-NNN, the next free number).");
        var checkpoints = new CheckpointOptions();
        var command = new Command("resume", "Continue a run from a checkpoint and write the outputs the uninterrupted run would have written.") { file };
        foreach (var option in output.All.Concat(checkpoints.All)) command.Options.Add(option);
        command.SetAction((parse, cancel) => Execute(parse.GetValue(file)!, parse.GetValue(output.Out), parse.GetValue(output.Threads), parse.GetValue(output.Force),
            parse.GetValue(output.Quiet), parse.GetValue(checkpoints.Every), parse.GetValue(checkpoints.Folder), Console.Error, cancel));
        return command;
    }

    /// <param name="path">The checkpoint file, or a folder of them.</param>
    /// <param name="outDir">The <c>--out</c> folder, or null.</param>
    /// <param name="threads">Core budget.</param>
    /// <param name="force">Replace an occupied output or checkpoint folder.</param>
    /// <param name="quiet">No progress.</param>
    /// <param name="checkpointEvery">Go on writing checkpoints every this many ticks, or null.</param>
    /// <param name="checkpointFolder">Where those go.</param>
    /// <param name="log">Messages.</param>
    /// <param name="cancel">Stops between ticks.</param>
    public static Task<int> Execute(string path, string? outDir, int threads, bool force, bool quiet, int? checkpointEvery, string? checkpointFolder,
        TextWriter log, CancellationToken cancel) => ExitOnError.Run(log, cancel, async () =>
    {
        var checkpoint = Directory.Exists(path) ? Newest(path, log) : CheckpointFile.Read(path);
        path = checkpoint.Path;
        var run = CheckpointedRun.FromJson(checkpoint.Contents.RunInfo, path);
        var scenario = ScenarioLoader.Parse(checkpoint.Contents.ScenarioYaml, path);
        if (checkpoint.Contents.Replication >= scenario.Run.Replications || checkpoint.Contents.Tick > scenario.Run.Ticks)
            throw new CheckpointException($"{path}: corrupt (replication {checkpoint.Contents.Replication} at tick {checkpoint.Contents.Tick} is outside its run)");
        var options = ScenarioRun.Validate(new RunOptions(path, outDir, threads, ScenarioOverrides.Recorded(run.Overrides), run.Plots, force, run.Panel,
            Quiet: quiet, CheckpointEvery: checkpointEvery, CheckpointFolder: checkpointFolder));
        log.WriteLine($"{path}: replication {checkpoint.Contents.Replication + 1}/{scenario.Run.Replications} of {scenario.Name} at tick {checkpoint.Contents.Tick}/{scenario.Run.Ticks}");
        var loaded = new LoadedScenario(scenario, run.Files, new Dictionary<string, SourcePosition>()) { Overrides = run.Overrides };
        return await ScenarioRun.Run(loaded, options, checkpoint, log, cancel);
    });

    /// <summary>
    /// The newest complete checkpoint of a folder: the furthest replication and tick that reads whole (a checkpoint
    /// holds the outputs of every replication before its own, so it resumes the whole run).
    /// </summary>
    private static CheckpointFile Newest(string folder, TextWriter log)
    {
        var candidates = Directory.EnumerateFiles(folder, "*.ckpt").Order(StringComparer.Ordinal).Reverse().ToList();
        if (candidates.Count == 0) throw new BadInputException($"{folder}: holds no checkpoint (*.ckpt); give a folder written by clustersim run --checkpoint-every");
        foreach (string candidate in candidates)
        {
            CheckpointFile checkpoint;
            try
            {
                checkpoint = CheckpointFile.Read(candidate);
            }
            catch (CheckpointException e)
            {
                log.WriteLine($"{candidate}: skipped, {e.Message[(candidate.Length + 2)..]}");
                continue;
            }
            log.WriteLine($"{folder}: resuming from its newest complete checkpoint, {Path.GetFileName(candidate)}");
            return checkpoint;
        }
        throw new BadInputException($"{folder}: none of its {candidates.Count} checkpoints is complete");
    }
}
