using System.Reflection;
using System.Text.RegularExpressions;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Tests.Architecture;

/// <summary>
/// The engine's folders are layers: a folder may name only folders of lower layers, read from the sources
/// (using lines, qualified names and names through an enclosing namespace; comments are ignored). So State,
/// Randomness and Execution depend on nothing above them, indicators do not name mechanisms, the simulation's
/// state (Core) names no mechanism, and no two folders depend on each other.
/// </summary>
public class LayeringTests
{
    /// <summary>Bottom to top. A new folder gets its layer here, which is where docs/architecture.md's map says it sits.</summary>
    private static readonly string[][] Layers =
    [
        ["Randomness", "Execution"],
        ["Scenarios"],
        ["State"],
        ["Policies"],
        ["Indicators"],
        ["Core"],
        ["Mechanisms"],
        ["Generation", "Measurement"],
        ["Model"],
        ["Checkpoints"],
    ];

    /// <summary>
    /// Upward dependencies still to remove, each by the file that has it: the scenario files' reader, validator and
    /// schema, which leave the engine for the loader (issue 14). An entry that no longer holds fails, so the list only shrinks.
    /// </summary>
    private static readonly (string File, string Uses)[] Pending =
    [
        ("Scenarios/ComparisonPlan.cs", "Indicators"),
        ("Scenarios/FileChecker.cs", "Indicators"),
        ("Scenarios/ScenarioValidator.cs", "Indicators"),
        ("Scenarios/ScenarioValidator.cs", "Policies"),
        ("Scenarios/ScenarioLoader.cs", "Policies"),
        ("Scenarios/ScenarioJsonSchema.cs", "Policies"),
    ];

    private static readonly Assembly Engine = typeof(Scenario).Assembly;

    private static int LayerOf(string folder) => Array.FindIndex(Layers, l => l.Contains(folder));

    /// <summary>Each engine source file (path under engine/, with '/') and the other engine folders it names.</summary>
    private static IEnumerable<(string File, string Folder, HashSet<string> Uses)> Sources()
    {
        string root = Path.Combine(TestPaths.RepoRoot, "engine");
        // What each folder's namespace offers a qualified name: its types and its sub-namespaces.
        var offered = Engine.GetTypes().Where(t => t.Namespace?.StartsWith("ClusterSim.Engine.") == true && !t.IsNested)
            .GroupBy(t => t.Namespace!.Split('.')[2])
            .ToDictionary(g => g.Key, g => g.Select(t => t.Name.Split('`')[0])
                .Concat(g.Select(t => t.Namespace!.Split('.')).Where(p => p.Length > 3).Select(p => p[3])).ToHashSet());
        foreach (var path in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            string file = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (file.StartsWith("obj/") || file.StartsWith("bin/") || !file.Contains('/')) continue;
            string folder = file[..file.IndexOf('/')];
            string text = Regex.Replace(File.ReadAllText(path), @"//[^\n]*|/\*.*?\*/", "", RegexOptions.Singleline);
            var uses = Regex.Matches(text, @"\bClusterSim\.Engine\.(\w+)").Select(m => m.Groups[1].Value).ToHashSet();
            foreach (Match m in Regex.Matches(text, @"(?<![.\w])(\w+)\.(\w+)"))
                if (offered.TryGetValue(m.Groups[1].Value, out var names) && names.Contains(m.Groups[2].Value)) uses.Add(m.Groups[1].Value);
            uses.Remove(folder);
            yield return (file, folder, uses);
        }
    }

    [Test]
    public void EveryFolderHasALayer()
    {
        foreach (var folder in Sources().Select(s => s.Folder).Distinct())
            Assert.That(LayerOf(folder), Is.GreaterThanOrEqualTo(0), $"engine/{folder}/ needs a place in LayeringTests.Layers");
    }

    [Test]
    public void AFolderNamesOnlyLowerLayers()
    {
        var upward = Sources().SelectMany(s => s.Uses.Where(u => LayerOf(u) >= LayerOf(s.Folder)).Select(u => (s.File, Uses: u))).ToList();
        Assert.That(upward.Except(Pending), Is.Empty, "a dependency on the same or a higher layer");
        Assert.That(Pending.Except(upward), Is.Empty, "a pending dependency is gone: take it off the list");
    }
}
