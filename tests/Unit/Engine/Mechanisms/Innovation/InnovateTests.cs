using ClusterSim.Engine.Mechanisms.Innovation;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Engine.Mechanisms.Innovation;

/// <summary>Mechanism unit tests of the innovation definition (M1): an innovation needs knowledge new to the firm, innovation.significance of what it knows.</summary>
public class InnovateTests
{
    /// <summary>A firm of knowledge level 10 and 20 staff whose customers brought it <paramref name="inflow"/> this month, at a rate that makes an event all but certain.</summary>
    private static (TestRegion Region, int Firm) Firm(float inflow)
    {
        var region = new TestRegion("", "parameters.innovation.rate_per_knowledge_inflow=100", "parameters.innovation.significance=0.1");
        int f = region.AddFirm(knowledge: 10f);
        for (int i = 0; i < 20; i++) region.AddPerson(employer: f);
        region.State.Firms.InflowOf(f)[(int)KnowledgeChannel.Customer] = inflow;
        return (region, f);
    }

    [Test]
    public void InflowBelowTheSignificanceOfTheFirmsKnowledgeMakesNoInnovationHoweverHighTheRate()
    {
        var (region, f) = Firm(0.9f);
        new Innovate().Run(region.State);
        Assert.That(region.State.Firms.LastInnovationTick[f], Is.EqualTo(-1), "0.9 new against 10 known is not a significant improvement");
        Assert.That(region.State.Firms.NewKnowledge[f], Is.EqualTo(0.9f), "it is kept for the next");
    }

    [Test]
    public void EnoughNewKnowledgeMakesAnInnovationAndIsUsedUpByIt()
    {
        var (region, f) = Firm(1.1f);
        var s = region.State;
        s.Tick = 7;
        new Innovate().Run(s);
        Assert.That(s.Firms.LastInnovationTick[f], Is.EqualTo(7));
        Assert.That(s.Firms.NewKnowledge[f], Is.EqualTo(0), "the next innovation needs knowledge new since this one");
    }

    [Test]
    public void NewKnowledgeAddsUpOverMonthsAndOnlyTheMonthsFreshInflowCounts()
    {
        // 0.6 this month, none next (the memory only decays), 0.6 the month after: 1.2 ≥ 1 then, not before.
        var (region, f) = Firm(0.6f);
        var s = region.State;
        var customer = (int)KnowledgeChannel.Customer;
        new Innovate().Run(s);
        s.Tick = 1;
        new Innovate().Run(s);
        Assert.That(s.Firms.NewKnowledge[f], Is.EqualTo(0.6f).Within(1e-6), "a remembered inflow is not new again");
        Assert.That(s.Firms.LastInnovationTick[f], Is.EqualTo(-1));
        s.Tick = 2;
        s.Firms.InflowOf(f)[customer] += 0.6f;
        new Innovate().Run(s);
        Assert.That(s.Firms.LastInnovationTick[f], Is.EqualTo(2));
    }
}
