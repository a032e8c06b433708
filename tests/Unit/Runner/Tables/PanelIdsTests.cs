using ClusterSim.Runner;
using ClusterSim.Runner.Tables;

namespace ClusterSim.Tests.Runner.Tables;

/// <summary>Panel ids: exact in every tool (below 2^53), stable per key, and a collision is caught, not written.</summary>
public class PanelIdsTests
{
    [Test]
    public void AnIdIsBelow2To53AndTheSameForTheSameKey()
    {
        foreach (ulong key in new[] { 0UL, ulong.MaxValue, 0x8000_0000_0000_0000UL, 0x1234_5678_9abc_def0UL })
        {
            long id = new PanelIds().Of(key, 0);
            Assert.That(id, Is.InRange(0L, (1L << 53) - 1), $"{key:x16}");
            Assert.That((double)id, Is.EqualTo(id), "a double holds it exactly, as pandas and R read it");
            Assert.That(new PanelIds().Of(key, 5), Is.EqualTo(id), "another writer, another replication: the same id");
        }
    }

    [Test]
    public void TwoKeysSharingAnIdFailTheRunInOneLine()
    {
        var ids = new PanelIds();
        ulong key = 0x1234_5678_9abc_def0UL, twin = key ^ 0x7FF; // the same top 53 bits
        long id = ids.Of(key, 3);
        Assert.That(ids.Of(key, 3), Is.EqualTo(id), "the same key again is no collision");
        var e = Assert.Throws<RunFailedException>(() => ids.Of(twin, 3))!;
        Assert.That(e.Message, Does.StartWith($"replication 3: entity keys {key:x16} and {twin:x16} share the panel id {id};"));
        Assert.That(ids.Of(twin, 4), Is.EqualTo(id), "ids are checked within a replication: the next one starts afresh");
    }
}
