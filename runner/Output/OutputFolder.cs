namespace ClusterSim.Runner.Output;

/// <summary>
/// A run's output folder, written under a temporary name beside its final one and renamed only when
/// everything is written, so an interrupted or failed run leaves no half-written folder. Nothing a user
/// made is overwritten without <c>--force</c>.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private bool _committed;

    private OutputFolder(string final, bool replace)
    {
        FinalPath = final;
        Replace = replace;
        Staging.RemoveStale(Path.GetDirectoryName(final)!);
        TempPath = Staging.PathFor(final);
        if (Directory.Exists(TempPath)) Directory.Delete(TempPath, true);
        Directory.CreateDirectory(TempPath);
    }

    public string FinalPath { get; }
    public string TempPath { get; }
    private bool Replace { get; }

    /// <summary>Where the folder for this run goes: <paramref name="requested"/>, or the next free <c>out/NAME/run-NNN</c>.</summary>
    public static OutputFolder Open(string? requested, string scenarioName, bool force)
    {
        if (requested is not null)
        {
            string full = Path.GetFullPath(requested);
            bool occupied = File.Exists(full) || (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any());
            if (occupied && !force)
                throw new BadInputException($"--out {requested}: already exists and is not empty; pass --force to replace it");
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            return new OutputFolder(full, occupied || Directory.Exists(full));
        }
        string parent = Path.GetFullPath(Path.Combine("out", scenarioName));
        Directory.CreateDirectory(parent);
        for (int n = 1; ; n++)
        {
            string candidate = Path.Combine(parent, $"run-{n:D3}");
            if (!Directory.Exists(candidate) && !File.Exists(candidate)) return new OutputFolder(candidate, false);
        }
    }

    public string PathOf(string relative)
    {
        string path = Path.Combine(TempPath, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>Moves the finished folder to its final name, once every file in it is on disk.</summary>
    public void Commit()
    {
        Staging.SyncTree(TempPath);
        if (Replace)
        {
            if (File.Exists(FinalPath)) File.Delete(FinalPath);
            else if (Directory.Exists(FinalPath)) Directory.Delete(FinalPath, true);
        }
        try
        {
            Directory.Move(TempPath, FinalPath);
        }
        catch (IOException e) when (Directory.Exists(FinalPath) || File.Exists(FinalPath))
        {
            // .NET's message names no path here ("Directory not empty").
            throw new IOException($"{FinalPath}: another run wrote this folder while this one ran; this run's outputs were not kept ({e.Message})", e);
        }
        _committed = true;
        Staging.SyncDirectory(Path.GetDirectoryName(FinalPath)!);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(TempPath)) Directory.Delete(TempPath, true);
    }
}
