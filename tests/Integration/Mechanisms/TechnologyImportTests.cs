using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Mechanisms;

public class TechnologyImportTests
{
    [Test]
    public void EveryModeIsUsedAndImportsTriggerInnovations()
    {
        var rows = SmallRegion.Run(60, 0);
        foreach (var mode in Enum.GetValues<ImportMode>())
            Assert.That(rows.Sum(v => v[IndicatorCatalog.TechnologyImportsByMode[(int)mode].Index]), Is.GreaterThan(0), mode.ToString());
        Assert.That(SmallRegion.Sum(rows, "innovations_from_import"), Is.GreaterThan(0));
    }

    [Test]
    public void SwitchedOffItImportsNothing()
    {
        var rows = SmallRegion.Run(36, 0, "mechanisms.technology_import=false");
        Assert.That(rows.Sum(v => IndicatorCatalog.TechnologyImportsByMode.Sum(d => v[d.Index])), Is.EqualTo(0));
    }
}
