using System.Reflection;
using System.Text.RegularExpressions;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Tests.Architecture;

/// <summary>
/// The engine's folders are layers: a folder may name only folders of lower layers, read from the sources
/// (using lines, qualified names and names through an enclosing namespace; comments are ignored). So State,
/// Randomness and Execution depend on nothing above them, indicators do not name mechanisms, the simulation's
/// state (Core) names no mechanism, and no two folders depend on each other. The engine reads no file.
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
        var upward = Sources().SelectMany(s => s.Uses.Where(u => LayerOf(u) >= LayerOf(s.Folder)).Select(u => (s.File, Uses: u)));
        Assert.That(upward, Is.Empty, "a dependency on the same or a higher layer");
    }

    [Test]
    public void TheEngineReferencesNoFileFormatPlottingHostingOrConsoleLibrary()
    {
        var references = Engine.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.That(references, Has.None.Matches<string>(n =>
            n.StartsWith("YamlDotNet") || n.StartsWith("Parquet") || n.StartsWith("OxyPlot") || n.StartsWith("SkiaSharp") ||
            n.StartsWith("System.CommandLine") || n.StartsWith("Microsoft.Extensions.Hosting") || n.StartsWith("Spectre")));
    }

    [Test]
    public void TheEngineDoesNoFileIo()
    {
        // Streams in, streams out: files, folders, paths and the console belong to the loader and the runner.
        var io = new Regex(@"\b(File|Directory|Path|FileInfo|DirectoryInfo|FileStream|StreamReader|StreamWriter|Console|Environment)\s*[.(]|new\s+(FileStream|StreamReader|StreamWriter|FileInfo|DirectoryInfo)\b");
        foreach (var (file, _, _) in Sources())
        {
            string text = Regex.Replace(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "engine", file)), @"//[^\n]*", "");
            Assert.That(io.Match(text).Value, Is.Empty, file);
        }
    }
}
