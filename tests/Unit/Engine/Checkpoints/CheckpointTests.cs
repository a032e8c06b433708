using System.Collections;
using ClusterSim.Engine.Checkpoints;
using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;

namespace ClusterSim.Tests.Engine.Checkpoints;

/// <summary>A checkpoint holds the whole state: a replication restored from one continues exactly as the original, on any thread count.</summary>
public class CheckpointTests
{
    private static Scenario Region() =>
        SmallRegion.Scenario("examples/all_institutions.yaml", "population.people=8000", "outputs.breakdowns=[park]",
            "policies.rent_subsidy={value: 0.5, from: 6, target: \"park:city_incubator\"}");

    [Test]
    public void RestoredReplicationContinuesBitForBitOnAnotherThreadCount()
    {
        var scenario = Region();
        var original = new Simulation(scenario, 1, new ChunkedExecutor(2, 512));
        original.RecordsPanel = true;
        var before = Enumerable.Range(0, 14).Select(_ => original.Step().Row).ToList();
        // The engine's checkpoint is a stream: no file is needed.
        using var stream = new MemoryStream();
        Checkpoint.Write(stream, original, ScenarioWriter.Write(scenario), "{\"note\": 1}", before, [new PanelRecordBuilder().Record]);

        var checkpoint = Checkpoint.Read(stream);
        Assert.That((checkpoint.Replication, checkpoint.Tick, checkpoint.RunInfo), Is.EqualTo((1, 14, "{\"note\": 1}")));
        Assert.That(checkpoint.Rows.Select(r => (r.Replication, r.Tick)), Is.EqualTo(before.Select(r => (r.Replication, r.Tick))));
        Assert.That(checkpoint.Rows[^1].Values, Is.EqualTo(before[^1].Values));
        Assert.That(checkpoint.Rows[^1].Groups[0].Values, Is.EqualTo(before[^1].Groups[0].Values));
        Assert.That(checkpoint.Panel, Is.EqualTo(new[] { new PanelRecordBuilder().Record }));
        Assert.That(checkpoint.ScenarioYaml, Is.EqualTo(ScenarioWriter.Write(scenario)));

        var restored = checkpoint.Restore(stream, ScenarioLoader.Parse(checkpoint.ScenarioYaml, "r1-t14.ckpt"), new ChunkedExecutor(1, 512));
        restored.RecordsPanel = true;
        AssertSameState(restored.State, original.State);
        for (int t = 0; t < 16; t++)
        {
            var (a, panelA) = original.Step();
            var (b, panelB) = restored.Step();
            Assert.That(b.Tick, Is.EqualTo(a.Tick));
            Assert.That(b.Values, Is.EqualTo(a.Values), $"tick {a.Tick}");
            Assert.That(b.Groups[0].Values, Is.EqualTo(a.Groups[0].Values), $"tick {a.Tick}");
            Assert.That(panelB, Is.EqualTo(panelA), $"tick {a.Tick}");
        }
        AssertSameState(restored.State, original.State);
    }

    /// <summary>Every checkpointed member (columns, counts, scalars) of the state and its tables is equal.</summary>
    private static void AssertSameState(SimulationState actual, SimulationState expected)
    {
        foreach (var (a, e) in new object[] { actual, actual.Region, actual.Firms, actual.People, actual.Institutions, actual.Parks }
                     .Zip(new object[] { expected, expected.Region, expected.Firms, expected.People, expected.Institutions, expected.Parks }))
        {
            var members = ColumnSerializer.Members(a.GetType());
            Assert.That(members, Is.Not.Empty);
            foreach (var m in members)
            {
                object? x = m is System.Reflection.FieldInfo f ? f.GetValue(a) : ((System.Reflection.PropertyInfo)m).GetValue(a);
                object? y = m is System.Reflection.FieldInfo g ? g.GetValue(e) : ((System.Reflection.PropertyInfo)m).GetValue(e);
                if (x is IEnumerable xs) Assert.That(xs, Is.EqualTo((IEnumerable)y!).AsCollection, $"{a.GetType().Name}.{m.Name}");
                else Assert.That(x, Is.EqualTo(y), $"{a.GetType().Name}.{m.Name}");
            }
        }
    }

    private sealed class PanelRecordBuilder
    {
        public PanelRecord Record { get; } = new(0, 12, 77, ClusterSim.Engine.State.FirmKind.Ntbf, ClusterSim.Engine.State.FirmOrigin.UniversitySpinoff, 5, 1, 3, 2, 4, 17,
            1234.5, 12.25, 3.5, 1, 2, 3, 4, 5, 6, 7, 8, true);
    }

    [Test]
    public void TheStateCoversEveryColumnOfTheTables()
    {
        // A column added to a table is checkpointed without further code; this names a few that must be there.
        var firmMembers = ColumnSerializer.Members(typeof(ClusterSim.Engine.State.FirmTable)).Select(m => m.Name).ToList();
        Assert.That(firmMembers, Does.Contain("Count").And.Contain("Knowledge").And.Contain("TieTarget").And.Contain("Key").And.Contain("LastInnovationTick"));
        var stateMembers = ColumnSerializer.Members(typeof(SimulationState)).Select(m => m.Name).ToList();
        Assert.That(stateMembers, Does.Contain("Tick"));
        var regionMembers = ColumnSerializer.Members(typeof(ClusterSim.Engine.State.RegionalState)).Select(m => m.Name).ToList();
        Assert.That(regionMembers, Does.Contain("WageUsdPerMonth").And.Contain("FieldDemand").And.Contain("PublicSeedLeft").And.Contain("KnowledgeP90"));
        Assert.That(ColumnSerializer.Members(typeof(ClusterSim.Engine.State.PersonTable)).Select(m => m.Name), Does.Contain("PresentCount"));
    }
}
