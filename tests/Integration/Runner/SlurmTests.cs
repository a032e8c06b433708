using System.Diagnostics;

namespace ClusterSim.Tests.Runner;

/// <summary>
/// The emitted Slurm script on a real Slurm: a single-node cluster brought up on localhost from Debian's packages
/// (tests/Integration/slurm, after ../shared/slurm-single-node.md), the library's grid example shrunk to 3,000 people
/// and 24 ticks submitted as a job array of two shards and an afterok merge, and the merged result compared with the
/// same sweep run locally. ./test.sh installs slurm-wlm and munge; under CI=true a Slurm that cannot start fails.
/// </summary>
[NonParallelizable]
public class SlurmTests
{
    private static readonly string[] Shrunk = ["--set", "population.people=3000", "--set", "run.ticks=24", "--set", "run.burn_in_ticks=0"];

    private static string Script(string name) => Path.Combine(TestPaths.RepoRoot, "tests", "Integration", "slurm", name);

    private static (int Code, string Stdout, string Stderr) Bash(string script, string argument, string? slurmConf = null) =>
        TestPaths.RunCommand("bash", [script, argument], slurmConf is null ? null : new Dictionary<string, string> { ["SLURM_CONF"] = slurmConf });

    private static void Cannot(string why)
    {
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(why);
        Assert.Inconclusive(why);
    }

    [Test]
    public void AnEmittedSweepRunsAsAJobArrayAndItsMergeEqualsTheLocalSweep()
    {
        if (!File.Exists("/usr/sbin/slurmctld") || !File.Exists("/usr/sbin/munged")) Cannot("Slurm is not installed (./test.sh installs slurm-wlm and munge)");
        string cluster = TestPaths.TempDir(), conf = Path.Combine(cluster, "slurm.conf");
        var up = Bash(Script("slurm-up.sh"), cluster);
        try
        {
            if (up.Code != 0) Cannot($"the single-node Slurm did not start: {up.Stderr}");
            string sweep = TestPaths.Scenario("sweeps/grid_entrepreneurship.yaml"), folder = Path.Combine(TestPaths.TempDir(), "on-slurm");
            var emitted = TestPaths.RunProcess(["sweep", sweep, "--emit-slurm", "--shards", "2", "--cpus", "1", "--time", "00:10:00", "--out", folder, .. Shrunk]);
            Assert.That(emitted.Code, Is.EqualTo(0), emitted.Stderr);
            Assert.That(emitted.Stdout, Does.StartWith("#!"));
            Assert.That(emitted.Stdout, Does.Contain("#SBATCH --array=0-1").And.Contain("--dependency=afterok:"));
            string submit = Path.Combine(TestPaths.TempDir(), "submit.sh");
            File.WriteAllText(submit, emitted.Stdout);

            var submitted = Bash(submit, "", conf);
            Assert.That(submitted.Code, Is.EqualTo(0), submitted.Stderr);
            string merge = submitted.Stdout.Trim();
            Assert.That(merge, Does.Match("^[0-9]+"), "the script prints the merge job's id");
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromMinutes(3))
            {
                var queue = TestPaths.RunCommand("squeue", ["-h"], new Dictionary<string, string> { ["SLURM_CONF"] = conf });
                if (queue.Code == 0 && queue.Stdout.Trim().Length == 0) break;
                Thread.Sleep(300);
            }
            string merged = Path.Combine(folder, "merged", "results.csv");
            Assert.That(File.Exists(merged), $"the merge job wrote the merged sweep; its log: {ReadOrNothing(Path.Combine(folder, "logs", "merge.out"))}");

            string local = Path.Combine(TestPaths.TempDir(), "local");
            var run = TestPaths.RunProcess(["sweep", sweep, "--out", local, "--quiet", .. Shrunk]);
            Assert.That(run.Code, Is.EqualTo(0), run.Stderr);
            Assert.That(File.ReadAllBytes(merged), Is.EqualTo(File.ReadAllBytes(Path.Combine(local, "results.csv"))), "the merged Slurm sweep equals the local one");
        }
        finally
        {
            Bash(Script("slurm-down.sh"), cluster);
        }
    }

    private static string ReadOrNothing(string path) => File.Exists(path) ? File.ReadAllText(path) : "(none)";
}
