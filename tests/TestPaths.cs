using System.Diagnostics;

namespace ClusterSim.Tests;

/// <summary>Where the repository and the built runner are, and a way to run the runner as a process.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Scenario(string name) => Path.Combine(RepoRoot, "scenarios", name);

    public static string RunnerDll => Path.Combine(TestContext.CurrentContext.TestDirectory, "clustersim.dll");

    public static string TempDir()
    {
        string dir = Path.Combine(Path.GetTempPath(), "clustersim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Runs <c>clustersim ARGS</c> in a child process; returns exit code and stderr.</summary>
    public static (int Code, string Stdout, string Stderr) RunProcess(IEnumerable<string> args, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = workingDirectory ?? RepoRoot };
        start.ArgumentList.Add(RunnerDll);
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClusterSim.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ClusterSim.sln not found above the test directory");
    }
}
