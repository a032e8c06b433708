using ClusterSim.Runner.Output;

namespace ClusterSim.Runner.Checkpoints;

/// <summary>
/// Where a run's checkpoints go. Unlike the output folder it is written in place, not under a temporary
/// name: it must outlive an interrupted run, which is what it is for. A folder that already holds files
/// is refused without <c>--force</c>, so no earlier run's checkpoints are overwritten by accident.
/// </summary>
internal static class CheckpointFolder
{
    /// <returns>The folder's full path, created.</returns>
    public static string Open(string path, bool force)
    {
        string full = Path.GetFullPath(path);
        if (File.Exists(full)) throw new BadInputException($"--checkpoint-dir {path}: is a file");
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !force)
            throw new BadInputException($"--checkpoint-dir {path}: already holds files; pass --force to write over them");
        Directory.CreateDirectory(full);
        Staging.RemoveStale(full);
        return full;
    }
}
