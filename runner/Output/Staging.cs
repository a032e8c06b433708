using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace ClusterSim.Runner.Output;

/// <summary>
/// Writing under a temporary name and renaming into place, durably, and cleaning what dead runs left.
/// A temporary name is <c>.NAME.tmp-BOOT-PID</c> beside the final one: BOOT is the first 12 hex digits of
/// this machine's boot id (Linux <c>/proc/sys/kernel/random/boot_id</c>, new at every boot and unique across
/// machines) and PID the writing process. A later run removes a leftover only when its BOOT is this boot's
/// and no process PID is alive, so a live run on another node of a shared cluster file system, or one on this
/// machine, is never touched. Where there is no boot id, nothing is cleaned.
/// </summary>
internal static partial class Staging
{
    private static readonly string? Boot = ReadBootId();

    /// <summary>The temporary name of <paramref name="finalPath"/> for this process.</summary>
    public static string PathFor(string finalPath) =>
        Path.Combine(Path.GetDirectoryName(finalPath)!, $".{Path.GetFileName(finalPath)}.tmp-{Boot ?? "000000000000"}-{Environment.ProcessId}");

    /// <summary>Removes from <paramref name="directory"/> the temporary files and folders of runs on this machine whose process is gone.</summary>
    /// <returns>What was removed.</returns>
    public static IReadOnlyList<string> RemoveStale(string directory)
    {
        var removed = new List<string>();
        if (Boot is null || !Directory.Exists(directory)) return removed;
        foreach (string entry in Directory.EnumerateFileSystemEntries(directory, ".*.tmp-*"))
        {
            var match = TemporaryName().Match(Path.GetFileName(entry));
            if (!match.Success || match.Groups[1].Value != Boot || IsAlive(int.Parse(match.Groups[2].Value))) continue;
            try
            {
                if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
                else File.Delete(entry);
                removed.Add(entry);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run is cleaning it, or it is not ours to remove: leave it.
            }
        }
        return removed;
    }

    /// <summary>Writes <paramref name="path"/> whole or not at all: under its temporary name, flushed to disk, then renamed.</summary>
    public static void WriteFile(string path, Action<Stream> write)
    {
        string temporary = PathFor(path);
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                write(file);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
            SyncDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        }
        catch
        {
            if (File.Exists(temporary)) File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Flushes every file and folder under <paramref name="folder"/> to disk, so a rename after it cannot expose a file the disk does not hold.</summary>
    public static void SyncTree(string folder)
    {
        foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, 1);
            stream.Flush(flushToDisk: true);
        }
        foreach (string sub in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories)) SyncDirectory(sub);
        SyncDirectory(folder);
    }

    /// <summary>fsync(2) of a folder, which makes the names in it (a rename) durable. .NET opens no folder, hence libc; elsewhere a no-op.</summary>
    public static void SyncDirectory(string folder)
    {
        if (!OperatingSystem.IsLinux()) return;
        int fd = Open(folder, 0);
        if (fd < 0) return;
        try
        {
            Fsync(fd);
        }
        finally
        {
            Close(fd);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? ReadBootId()
    {
        try
        {
            string id = File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim().Replace("-", "");
            return id.Length >= 12 ? id[..12] : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^\..+\.tmp-([0-9a-f]{12})-(\d+)$")]
    private static partial Regex TemporaryName();

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}
