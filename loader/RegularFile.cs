using System.Runtime.InteropServices;

namespace ClusterSim.Loader;

/// <summary>
/// Whether a path names a regular file, asked before it is opened: a named pipe would block the read until a
/// writer comes (for ever, ignoring SIGTERM), and a device such as <c>/dev/zero</c> never ends. .NET does not
/// tell these apart (a FIFO and <c>/dev/zero</c> both look like empty files), so on Linux the loader asks the
/// kernel with <c>statx(2)</c>, whose layout is the same on every architecture.
/// </summary>
internal static class RegularFile
{
    private const int AtFdCwd = -100, StatxType = 0x1, StatxSize = 256, ModeOffset = 28;

    /// <summary>Why <paramref name="path"/> is not a regular file, or null when it is or cannot be told (the open then reports).</summary>
    public static string? Problem(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var buffer = new byte[StatxSize];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0) return null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null; // a libc without statx (glibc before 2.28): the bounded read still stops a device
        }
        return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x8000 => null,
            0x4000 => "is a folder, not a file",
            0x1000 => "is a named pipe (FIFO), not a file: reading it would wait for a writer",
            0x2000 => "is a character device, not a file",
            0x6000 => "is a block device, not a file",
            0xC000 => "is a socket, not a file",
            _ => "is not a regular file",
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
