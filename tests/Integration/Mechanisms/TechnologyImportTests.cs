using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Global;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Mechanisms;

public class TechnologyImportTests
{
    [Test]
    public void LicencesTeachMoreThanMachinesAndAffiliatesLeast()
    {
        // SF33 (UN ¶30 L134): the same inflow teaches more through a licence than through an affiliate.
        var s = new Simulation(SmallRegion.Scenario(), 0, new ChunkedExecutor(1, 1024)).State;
        foreach (double ac in new[] { 0.4, 0.6, 0.9 })
        {
            Assert.That(ImportTechnology.Yield(s, ImportMode.Licence, ac), Is.GreaterThan(ImportTechnology.Yield(s, ImportMode.Machines, ac)));
            Assert.That(ImportTechnology.Yield(s, ImportMode.Machines, ac), Is.GreaterThan(ImportTechnology.Yield(s, ImportMode.Fdi, ac)));
        }
        Assert.That(ImportTechnology.Yield(s, ImportMode.Licence, 0.9), Is.GreaterThan(ImportTechnology.Yield(s, ImportMode.Licence, 0.4)), "absorptive capacity gates it");
    }

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
