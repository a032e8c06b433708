namespace ClusterSim.Tests.Mechanisms;

/// <summary>The supplier ladder in whole runs of the small baseline region (its transfer and R&amp;D rules are unit-tested under Engine/Mechanisms).</summary>
public class MultinationalTests
{
    [Test]
    public void TheLadderIsClimbedAndMostStayLow()
    {
        var rows = SmallRegion.Run(120, 0, "policies.mandated_local_linkages={value: 0.3}");
        double oem = SmallRegion.Last(rows, "suppliers_oem"), odm = SmallRegion.Last(rows, "suppliers_odm");
        Assert.That(oem, Is.GreaterThan(0));
        Assert.That(odm, Is.LessThan(oem), "OEM fosters ODM only in a very few instances (UN ¶14 L88)");
        Assert.That(SmallRegion.Sum(rows, "tnc_transfer"), Is.GreaterThan(0));
    }
}
