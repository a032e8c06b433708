using System.Text.RegularExpressions;

namespace ClusterSim.Tests.Architecture;

/// <summary>The unit tests run in process (no child process, browser or database: those are the integration project's) and mirror the code.</summary>
public class UnitProjectTests
{
    [Test]
    public void TheUnitTestsStartNoProcessBrowserOrDatabase()
    {
        var sources = new[] { "Unit", "Shared" }.SelectMany(d => Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "tests", d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(f => Path.GetFileName(f) != "UnitProjectTests.cs"); // this file names what it forbids
        var forbidden = new Regex(@"\b(Process\.Start|ProcessStartInfo|RunProcess|Chromium|DuckDB)\b");
        foreach (var file in sources)
            Assert.That(forbidden.Match(File.ReadAllText(file)).Value, Is.Empty, file);
        Assert.That(typeof(UnitProjectTests).Assembly.GetReferencedAssemblies().Select(a => a.Name), Has.None.StartsWith("DuckDB"));
    }

    [Test]
    public void AMechanismTestSitsWhereItsMechanismIs()
    {
        // tests/Unit/Engine/Mechanisms/<Area>/<Name>Tests.cs tests engine/Mechanisms/<Area>/<Name>.cs.
        string tests = Path.Combine(TestPaths.RepoRoot, "tests", "Unit", "Engine", "Mechanisms");
        foreach (var file in Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(tests, file);
            Assert.That(relative, Does.EndWith("Tests.cs"), relative);
            string source = Path.Combine(TestPaths.RepoRoot, "engine", "Mechanisms", relative[..^"Tests.cs".Length] + ".cs");
            Assert.That(File.Exists(source), Is.True, $"{relative} names no file of engine/Mechanisms/");
        }
    }
}
