using System.Diagnostics;

namespace ClusterSim.Tests;

internal static partial class TestPaths
{
    public static string RunnerDll => Path.Combine(TestContext.CurrentContext.TestDirectory, "clustersim.dll");

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
}
