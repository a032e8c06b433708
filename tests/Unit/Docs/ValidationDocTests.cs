using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader.Validation;

namespace ClusterSim.Tests.Docs;

/// <summary>docs/validation.md lists what validate has: every statistic, every form of fact and every firm measure.</summary>
public class ValidationDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "validation.md"));

    [Test]
    public void EveryStatisticHasARowInTheStatisticsTable()
    {
        var rows = Doc.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('|')[1].Trim()).ToList();
        foreach (var kind in Enum.GetValues<StatisticKind>())
            Assert.That(rows, Has.Some.Contains($"`{ScenarioSchema.EnumName(kind)}`"), kind.ToString());
    }

    [Test]
    public void EveryFormOfFactAndEveryFirmMeasureIsDocumented()
    {
        foreach (var form in new[] { "level", "within_run", "paired", "interaction", "ranking", "across_regions", "panel", "not_posable", "by_construction" })
            Assert.That(Doc, Does.Contain($"`{form}"), form);
        foreach (var measure in Enum.GetValues<FirmMeasure>())
            Assert.That(Doc, Does.Contain($"`{ScenarioSchema.EnumName(measure)}`"), measure.ToString());
        foreach (var key in ScenarioSchema.KeysOf(typeof(FirmPopulation)))
            Assert.That(Doc, Does.Contain($"`{key.Name}`"), key.Name);
    }
}
