using System.Text.RegularExpressions;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Tests.Engine.Model;

public class ScheduleTests
{
    [Test]
    public void ArchitectureDocListsTheSchedulesPhasesInOrder()
    {
        string doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "architecture.md"));
        var listed = Regex.Matches(doc, @"^\d+\. `([a-z_]+)`", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.That(listed, Is.EqualTo(Schedule.Phases.Select(p => p.Name)));
    }

    [Test]
    public void EveryPhaseSwitchIsAMechanismKey()
    {
        var switches = ScenarioSchema.KeysOf(typeof(MechanismSwitches)).Select(k => k.Name).ToHashSet();
        foreach (var phase in Schedule.Phases.Where(p => p.Switch is not null))
            Assert.That(switches, Does.Contain(phase.Switch!.Key), phase.Name);
    }
}
