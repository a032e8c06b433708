namespace ClusterSim.Tests;

/// <summary>Where the repository and the built runner are (the integration tests add a way to run the runner as a process).</summary>
internal static partial class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Scenario(string name) => Path.Combine(RepoRoot, "scenarios", name);

    public static string TempDir()
    {
        string dir = Path.Combine(Path.GetTempPath(), "clustersim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClusterSim.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ClusterSim.sln not found above the test directory");
    }
}
