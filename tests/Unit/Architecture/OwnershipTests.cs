using System.Reflection;
using System.Text.RegularExpressions;
using ClusterSim.Engine.Core;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Tests.Architecture;

/// <summary>
/// A mechanism owns its parts: its parameter record sits beside it under <c>engine/Mechanisms/&lt;Area&gt;/</c> and is
/// found by its attribute, so <c>engine/Scenarios/</c> holds only the root of the parameters.
/// </summary>
public class OwnershipTests
{
    private static readonly Assembly Engine = typeof(Scenario).Assembly;

    [Test]
    public void NoParameterRecordButTheRootIsDeclaredInScenarios()
    {
        var declared = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "engine", "Scenarios"), "*.cs")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"\b(?:record|class)\s+(\w+Parameters)\b").Select(m => $"{Path.GetFileName(f)}: {m.Groups[1].Value}"));
        Assert.That(declared, Is.EqualTo(new[] { "ModelParameters.cs: ModelParameters" }));
    }

    [Test]
    public void EveryParameterRecordSitsBesideItsMechanisms()
    {
        // Beside: in its own file <Name>.cs or in its mechanism's file, in the folder of a phase's area.
        var records = Engine.GetTypes().Where(t => t.IsDefined(typeof(ParameterSectionAttribute))).ToList();
        Assert.That(records, Is.Not.Empty);
        foreach (var t in records)
        {
            Assert.That(t.Namespace, Does.StartWith("ClusterSim.Engine.Mechanisms."), t.Name);
            string area = t.Namespace!["ClusterSim.Engine.Mechanisms.".Length..];
            string folder = Path.Combine(TestPaths.RepoRoot, "engine", "Mechanisms", area);
            var declaring = Directory.EnumerateFiles(folder, "*.cs").Where(f => File.ReadAllText(f).Contains($"record {t.Name}")).ToList();
            Assert.That(declaring, Has.Count.EqualTo(1), $"{t.Name} is declared in one file of engine/Mechanisms/{area}/");
            Assert.That(Engine.GetTypes().Any(p => p.Namespace == t.Namespace && typeof(IPhase).IsAssignableFrom(p)), Is.True,
                $"{t.Name} has a phase beside it");
        }
    }

    [Test]
    public void ParameterSectionsHaveDistinctKeysAndOrders()
    {
        var sections = Engine.GetTypes().Select(t => t.GetCustomAttribute<ParameterSectionAttribute>()).OfType<ParameterSectionAttribute>().ToList();
        Assert.That(sections.Select(s => s.Key), Is.Unique);
        Assert.That(sections.Select(s => s.Order), Is.Unique);
        Assert.That(ScenarioSchema.KeysOf(typeof(ModelParameters)).Select(k => k.Name), Is.EqualTo(sections.OrderBy(s => s.Order).Select(s => s.Key)));
    }
}

/// <summary>The simulation's state (Core) and loop (Model) know no mechanism; the schedule names the phases and their switches by type.</summary>
public class CoreAndScheduleTests
{
    private static string Source(string file) => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "engine", "Model", file));

    [Test]
    public void StateAndLoopNameNoMechanismButTheSchedule()
    {
        var files = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "engine", "Core"), "*.cs")
            .Concat(Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "engine", "Model"), "*.cs").Where(f => Path.GetFileName(f) != "Schedule.cs"));
        foreach (var file in files)
            // A namespace, not the scenario's `mechanisms` section (Scenario.Mechanisms).
            Assert.That(Regex.IsMatch(File.ReadAllText(file), @"Engine\.Mechanisms|(?<![.\w])Mechanisms\.\w"), Is.False, Path.GetFileName(file));
    }

    [Test]
    public void APhaseSwitchIsATypedAccessorNotAString()
    {
        Assert.That(typeof(ClusterSim.Engine.Core.Phase).GetProperty("Switch")!.PropertyType, Is.EqualTo(typeof(ClusterSim.Engine.Core.MechanismSwitch)));
        Assert.That(typeof(ClusterSim.Engine.Core.Phase).GetConstructors(), Is.Empty, "phases are made by Phase.Of<T>(m => m.Switch) or Phase.Always<T>()");
        string source = Source("Schedule.cs");
        int start = source.IndexOf("Phases { get; } =", StringComparison.Ordinal);
        var list = source[start..source.IndexOf("];", start, StringComparison.Ordinal)];
        Assert.That(Regex.Matches(list, "\"[^\"]*\""), Is.Empty, "no string names a phase or its switch in the schedule");
    }
}

/// <summary>An indicator is declared once: in IndicatorCatalog, with its name, unit and meaning; everything else refers to it.</summary>
public class IndicatorDeclarationTests
{
    private static IEnumerable<(string File, string Text)> Sources() =>
        new[] { "engine", "runner" }.SelectMany(top => Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, top), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => (Path.GetRelativePath(TestPaths.RepoRoot, f), File.ReadAllText(f)));

    [Test]
    public void OnlyTheCatalogDescribesAnIndicator()
    {
        var catalog = Path.Combine("engine", "Indicators", "IndicatorCatalog.cs");
        foreach (var (file, text) in Sources().Where(s => s.File != catalog))
        {
            Assert.That(text, Does.Not.Contain("new IndicatorDefinition("), file);
            foreach (var d in ClusterSim.Engine.Indicators.IndicatorCatalog.All.Where(d => !d.Doc.Contains('{')))
                Assert.That(text, Does.Not.Contain(d.Doc), $"{file} repeats the meaning of {d.Name}");
        }
    }

    [Test]
    public void NoIndexConstantsOrCounterStructShadowTheCatalog()
    {
        foreach (var (file, text) in Sources())
        {
            Assert.That(Regex.IsMatch(text, @"const int (FirmsAlive|FirmBirths|Employment|RdSpend|ExportsShare)\b"), Is.False, file);
            Assert.That(text, Does.Not.Contain("struct TickCounters"), file);
        }
    }

    [Test]
    public void EveryFlowIsReadFromItsSlot()
    {
        var scenario = SmallRegion.Scenario("baseline.yaml", "run.replications=1");
        var simulation = new ClusterSim.Engine.Model.Simulation(scenario, 0, new ClusterSim.Engine.Execution.ChunkedExecutor(1, 1024));
        for (int t = 0; t < 6; t++)
        {
            var row = simulation.Step().Row;
            foreach (var d in ClusterSim.Engine.Indicators.IndicatorCatalog.All.Where(d => d.Kind == ClusterSim.Engine.Indicators.IndicatorKind.Flow))
                Assert.That(row.Values[d.Index], Is.EqualTo(simulation.State.Flows[d]), d.Name);
        }
    }
}

/// <summary>Each regional variable has one writer: the phase its [WrittenBy] names (and the region generator, which sets where it starts).</summary>
public class RegionalStateTests
{
    [Test]
    public void EachRegionalVariableIsWrittenOnlyByItsPhase()
    {
        var phases = ClusterSim.Engine.Model.Schedule.Phases.DistinctBy(p => p.Name).ToDictionary(p => p.Name, p => p.Type.Name);
        var sources = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "engine"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Text: File.ReadAllText(f))).ToList();
        foreach (var property in typeof(ClusterSim.Engine.State.RegionalState).GetProperties())
        {
            string writer = property.GetCustomAttribute<ClusterSim.Engine.State.WrittenByAttribute>()?.Phase ?? "";
            Assert.That(phases, Does.ContainKey(writer), $"{property.Name} names a phase of the schedule");
            // An assignment to the variable or to an element of it, a span of it, or (for an array) a local alias a phase may write through.
            var write = new Regex($@"Region\.{property.Name}(\[[^\]]*\])?\s*([-+*/]?=(?!=)|\+\+|--)|Region\.{property.Name}\.AsSpan\([^)]*\)\.(Fill|Clear)|Array\.Clear\([^)]*Region\.{property.Name}");
            var alias = new Regex($@"var (\w+) = \w+\.Region\.{property.Name};");
            bool Writes(string text) => write.IsMatch(text) || alias.Matches(text).Any(m =>
                Regex.IsMatch(text, $@"\b{m.Groups[1].Value}(\[[^\]]*\])\s*[-+*/]?=(?!=)|Array\.Clear\({m.Groups[1].Value}\)"));
            var writers = sources.Where(s => Writes(s.Text)).Select(s => s.Name).Where(n => n != "RegionGenerator").Distinct().ToList();
            Assert.That(writers, Is.EqualTo(new[] { phases[writer] }), $"{property.Name} is written by {writer} only");
        }
    }
}
