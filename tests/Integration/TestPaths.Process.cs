using System.Diagnostics;

namespace ClusterSim.Tests;

internal static partial class TestPaths
{
    public static string RunnerDll => Path.Combine(TestContext.CurrentContext.TestDirectory, "clustersim.dll");

    /// <summary>Runs <c>clustersim ARGS</c> in a child process; returns exit code and stderr.</summary>
    public static (int Code, string Stdout, string Stderr) RunProcess(IEnumerable<string> args, IDictionary<string, string>? environment = null, string? workingDirectory = null) =>
        RunProcessUnder([], args, environment, workingDirectory);

    /// <summary>Runs <c>WRAPPER… dotnet clustersim.dll ARGS</c>: the command under a wrapper such as <c>unshare</c>.</summary>
    public static (int Code, string Stdout, string Stderr) RunProcessUnder(IReadOnlyList<string> wrapper, IEnumerable<string> args, IDictionary<string, string>? environment = null, string? workingDirectory = null) =>
        RunCommand(wrapper.Count > 0 ? wrapper[0] : "dotnet", [.. wrapper.Skip(1), .. wrapper.Count > 0 ? ["dotnet"] : Array.Empty<string>(), RunnerDll, .. args],
            environment, workingDirectory ?? RepoRoot);

    /// <summary>Runs a program; returns exit code, stdout and stderr.</summary>
    public static (int Code, string Stdout, string Stderr) RunCommand(string program, IEnumerable<string> args, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}
