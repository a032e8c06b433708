using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Global;
using ClusterSim.Engine.Mechanisms.Market;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Engine.Mechanisms.Global;

/// <summary>Mechanism unit tests of acquisitions by multinationals (M15).</summary>
public class AcquireFirmsTests
{
    [Test]
    public void AcquiredFirmsGainResourcesAndOnlyAutonomousOnesKeepTheirTies()
    {
        var region = new TestRegion();
        int autonomous = region.AddFirm(cashUsd: 1_000), captive = region.AddFirm(cashUsd: 1_000), parent = region.AddFirm();
        for (int i = 0; i < 5; i++) region.AddPerson(employer: autonomous);
        region.Tie(autonomous, captive);
        region.Tie(captive, autonomous);
        region.Tie(captive, parent, TieLayer.Parent);
        var s = region.State;
        s.Region.WageUsdPerMonth = 2_000;

        AcquireFirms.Acquire(s, autonomous, autonomous: true);
        AcquireFirms.Acquire(s, captive, autonomous: false);

        var firms = s.Firms;
        var p = s.Parameters.Of<AcquisitionParameters>();
        double fixedCost = s.Parameters.Of<MarketParameters>().FixedCostPerMonth;
        Assert.That(firms.Kind[autonomous], Is.EqualTo(FirmKind.TncAffiliate));
        Assert.That(firms.Kind[captive], Is.EqualTo(FirmKind.TncAffiliate));
        Assert.That(firms.CashUsd[autonomous], Is.EqualTo(1_000 + p.ResourceMonths * (5 * 2_000 + fixedCost)).Within(1e-6), "months of wages and fixed cost");
        Assert.That(firms.CashUsd[captive], Is.EqualTo(1_000 + p.ResourceMonths * fixedCost).Within(1e-6));
        Assert.That(firms.IsTied(autonomous, captive), Is.True, "an autonomous firm keeps its local ties");
        Assert.That(firms.IsTied(autonomous, FirmTable.ExternalPartner), Is.True, "and gains a global link");
        Assert.That(firms.ExportAccess[autonomous], Is.True);
        Assert.That(firms.IsTied(captive, autonomous), Is.False, "a firm without autonomy loses its regional ties");
        Assert.That(firms.IsTied(captive, parent), Is.True, "but not its parent");
        Assert.That(firms.ExportAccess[captive], Is.False);
        Assert.That(s.Flows[IndicatorCatalog.Acquisitions], Is.EqualTo(2));
    }
}
