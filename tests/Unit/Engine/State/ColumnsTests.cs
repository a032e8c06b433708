using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Engine.State;

/// <summary>Mechanism unit test of column growth: every column is declared once, with its fill and width, and grows with the table.</summary>
public class ColumnsTests
{
    [Test]
    public void GrowingATableKeepsRowsAndFillsNewOnesAsDeclared()
    {
        var firms = new FirmTable(fields: 5, tieSlots: 3, capacity: 0);
        int first = firms.Add(11, FirmKind.Sme, FirmOrigin.DeNovo, 0, 0, 0, 0, 0);
        firms.CashUsd[first] = 123;
        firms.TieTarget[first * firms.TieSlots] = 7;
        for (int i = 0; i < 40; i++) firms.Add((ulong)(100 + i), FirmKind.Ntbf, FirmOrigin.DeNovo, 0, 0, 0, 0, 1);

        Assert.That(firms.Capacity, Is.GreaterThanOrEqualTo(41));
        Assert.That(firms.CashUsd[first], Is.EqualTo(123), "growing keeps what rows hold");
        Assert.That(firms.TieTarget[first * firms.TieSlots], Is.EqualTo(7));
        Assert.That(firms.Knowledge, Has.Length.EqualTo(firms.Capacity * firms.Stride), "knowledge has a stride per row");
        Assert.That(firms.TieTarget, Has.Length.EqualTo(firms.Capacity * firms.TieSlots));
        Assert.That(firms.ChannelInflow, Has.Length.EqualTo(firms.Capacity * FirmTable.Channels));
        int last = firms.Capacity - 1;
        Assert.That(firms.TieTarget.AsSpan(last * firms.TieSlots, firms.TieSlots).ToArray(), Is.All.EqualTo(FirmTable.NoPartner), "new tie slots are empty");
        Assert.That(firms.HighRoad[last], Is.True);
        Assert.That(firms.Merit[last], Is.EqualTo(0.5f));
        Assert.That(firms.Park[last], Is.EqualTo(FirmTable.NoPartner));
        Assert.That(firms.FreeRentUntilTick[last], Is.EqualTo(-1));

        var people = new PersonTable(0);
        Assert.That(people.Employer, Is.All.EqualTo(PersonTable.NoEmployer));
        Assert.That(people.GraduationTick, Is.All.EqualTo(-1));
    }
}
