using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Global;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Mechanisms.Ties;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Mechanisms;

public class MultinationalTests
{
    private static SimulationState Region() => new Simulation(SmallRegion.Scenario(), 0, new ChunkedExecutor(1, 1024)).State;

    /// <summary>Knowledge a supplier at the given level gains in one month from a multinational customer.</summary>
    private static float GainFromMultinational(float ownLevel, SupplierTier tier)
    {
        var s = Region();
        var firms = s.Firms;
        int tnc = Enumerable.Range(0, firms.Count).First(f => firms.Kind[f] == FirmKind.TncAffiliate);
        int supplier = Enumerable.Range(0, firms.Count).First(f => firms.Kind[f] == FirmKind.Sme);
        for (int j = supplier * firms.TieSlots; j < (supplier + 1) * firms.TieSlots; j++) firms.TieTarget[j] = FirmTable.NoPartner;
        var row = firms.KnowledgeOf(supplier);
        row.Clear();
        row[0] = ownLevel;
        firms.KnowledgeOf(tnc)[0] = 10f;
        AbsorptiveCapacity.Refresh(firms, supplier, ownLevel, s.Parameters.Of<TransferParameters>().AcHalfSaturation);
        TieSlots.Link(firms, supplier * firms.TieSlots, tnc, TieLayer.Customer, 1f);
        firms.Tier[supplier] = tier;
        new LearnFromTies().Run(s);
        return (float)s.Flows[IndicatorCatalog.TncTransfer];
    }

    [Test]
    public void AbsorptiveCapacityGatesMultinationalTransfer()
    {
        // SF5 (UN L42, ¶31 L136): transfer per link rises with AC and is small below AC*.
        float low = GainFromMultinational(0.2f, SupplierTier.SimpleComponents), high = GainFromMultinational(2f, SupplierTier.SimpleComponents);
        Assert.That(low, Is.GreaterThan(0));
        Assert.That(high, Is.GreaterThan(2 * low));
    }

    [Test]
    public void HigherRungsLearnMoreFromTheirCustomer()
    {
        Assert.That(GainFromMultinational(1f, SupplierTier.Odm), Is.GreaterThan(GainFromMultinational(1f, SupplierTier.SimpleComponents)));
    }

    [Test]
    public void CaptiveSuppliersDecideOnRdLessOften()
    {
        // SF14 (UN ¶15 L94): subcontracting can delay in-house R&D.
        var s = Region();
        var firms = s.Firms;
        int f = Enumerable.Range(0, firms.Count).First(x => firms.Kind[x] == FirmKind.Sme && firms.Employees[x] >= 20);
        int Performers(SupplierTier tier)
        {
            firms.Tier[f] = tier;
            int yes = 0;
            for (int draw = 0; draw < 4000; draw++)
            {
                var rng = s.Random.Stream(Purpose.RdReview, draw, firms.Key[f]);
                if (RdDecision.Decide(s, f, ref rng)) yes++;
            }
            return yes;
        }
        Assert.That(Performers(SupplierTier.Oem), Is.LessThan(Performers(SupplierTier.None)));
        Assert.That(Performers(SupplierTier.Odm), Is.EqualTo(Performers(SupplierTier.None)), "designers are no longer captive");
    }

    [Test]
    public void AcquiredFirmsGainResourcesAndAutonomousOnesKeepTheirTies()
    {
        var s = Region();
        var firms = s.Firms;
        int[] targets = Enumerable.Range(0, firms.Count).Where(f => firms.Kind[f] == FirmKind.Sme && firms.Employees[f] >= 5).Take(2).ToArray();
        foreach (int f in targets) TieSlots.Link(firms, f * firms.TieSlots + 1, targets[0] == f ? targets[1] : targets[0], TieLayer.Collaboration, 1f);
        double cash0 = firms.CashUsd[targets[0]], cash1 = firms.CashUsd[targets[1]];
        AcquireFirms.Acquire(s, targets[0], autonomous: true);
        AcquireFirms.Acquire(s, targets[1], autonomous: false);
        Assert.That(firms.Kind[targets[0]], Is.EqualTo(FirmKind.TncAffiliate));
        Assert.That(firms.CashUsd[targets[0]], Is.GreaterThan(cash0));
        Assert.That(firms.CashUsd[targets[1]], Is.GreaterThan(cash1));
        Assert.That(firms.IsTied(targets[0], targets[1]), Is.True, "an autonomous firm keeps its local ties");
        Assert.That(firms.IsTied(targets[0], FirmTable.ExternalPartner), Is.True, "and gains a global link");
        Assert.That(firms.IsTied(targets[1], targets[0]), Is.False, "a firm without autonomy loses its regional ties");
        Assert.That(s.Flows[IndicatorCatalog.Acquisitions], Is.EqualTo(2));
    }

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
