using ClusterSim.Runner.Output;

namespace ClusterSim.Tests.Runner.Output;

/// <summary>Writing under a temporary name: whole or not at all, and what dead runs left is recognised.</summary>
public class StagingTests
{
    [Test]
    public void AWriteThatFailsLeavesNeitherTheFileNorItsTemporary()
    {
        string dir = TestPaths.TempDir(), path = Path.Combine(dir, "r000-t00010.ckpt");
        Assert.Throws<IOException>(() => Staging.WriteFile(path, stream =>
        {
            stream.Write(new byte[1000]);
            throw new IOException("No space left on device");
        }));
        Assert.That(Directory.EnumerateFileSystemEntries(dir), Is.Empty, "no half-written checkpoint under any name");
    }

    [Test]
    public void AWriteThatSucceedsReplacesTheFileWhole()
    {
        string dir = TestPaths.TempDir(), path = Path.Combine(dir, "report.html");
        File.WriteAllText(path, "old");
        Staging.WriteFile(path, stream => stream.Write("new"u8));
        Assert.That(File.ReadAllText(path), Is.EqualTo("new"));
        Assert.That(Directory.EnumerateFileSystemEntries(dir), Has.Exactly(1).Items);
    }

    [Test]
    public void OnlyTheTemporaryNamesOfDeadProcessesOfThisBootAreRemoved()
    {
        Assume.That(File.Exists("/proc/sys/kernel/random/boot_id"), "a Linux boot id");
        string dir = TestPaths.TempDir();
        string mine = Staging.PathFor(Path.Combine(dir, "live"));                      // this process: alive
        string boot = Path.GetFileName(mine).Split(".tmp-")[1].Split('-')[0];
        string dead = Path.Combine(dir, $".dead.tmp-{boot}-{int.MaxValue - 1}");        // no such process
        string elsewhere = Path.Combine(dir, $".other.tmp-0123456789ab-{int.MaxValue - 1}"); // another machine's boot
        string user = Path.Combine(dir, "results.tmp-notes");                         // not a temporary name
        foreach (string folder in new[] { mine, dead, elsewhere, user }) Directory.CreateDirectory(folder);

        var removed = Staging.RemoveStale(dir);

        Assert.That(removed, Is.EqualTo(new[] { dead }));
        Assert.That(Directory.Exists(mine) && Directory.Exists(elsewhere) && Directory.Exists(user), Is.True);
    }
}
