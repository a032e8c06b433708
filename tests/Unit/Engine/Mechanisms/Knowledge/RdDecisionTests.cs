using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Engine.Mechanisms.Knowledge;

/// <summary>Mechanism unit tests of the decision to perform R&amp;D (M4).</summary>
public class RdDecisionTests
{
    /// <summary>How many of 4,000 independent reviews a firm of 20 staff on <paramref name="tier"/> decides to perform R&amp;D.</summary>
    private static int Performers(SupplierTier tier, float knowledge = 1f)
    {
        var region = new TestRegion();
        int f = region.AddFirm(knowledge: knowledge);
        for (int i = 0; i < 20; i++) region.AddPerson(employer: f);
        var s = region.State;
        s.Firms.Tier[f] = tier;
        int yes = 0;
        for (int draw = 0; draw < 4000; draw++)
        {
            var rng = s.Random.Stream(Purpose.RdReview, draw, s.Firms.Key[f]);
            if (RdDecision.Decide(s, f, ref rng)) yes++;
        }
        return yes;
    }

    [Test]
    public void CaptiveSuppliersDecideOnRdLessOften()
    {
        // SF14's mechanism (UN ¶15 L94): subcontracting can delay in-house R&D.
        Assert.That(Performers(SupplierTier.Oem), Is.LessThan(Performers(SupplierTier.None)));
        Assert.That(Performers(SupplierTier.SimpleComponents), Is.LessThan(Performers(SupplierTier.None)));
        Assert.That(Performers(SupplierTier.Odm), Is.EqualTo(Performers(SupplierTier.None)), "designers are no longer captive");
    }

    [Test]
    public void KnowledgeRaisesTheOddsOfRd() =>
        Assert.That(Performers(SupplierTier.None, knowledge: 5f), Is.GreaterThan(Performers(SupplierTier.None, knowledge: 0.5f)));
}
