using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Labour;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Engine.Mechanisms.Labour;

/// <summary>Mechanism unit tests of a hire (M5): a mover carries knowledge; a hire from unemployment does not.</summary>
public class HireWorkersTests
{
    [Test]
    public void AMoverCarriesKnowledgeToTheHiringFirm()
    {
        var region = new TestRegion();
        int previous = region.AddFirm(field: 3, knowledge: 5f), hiring = region.AddFirm(field: 3, knowledge: 0.1f);
        int mover = region.AddPerson(employer: previous, field: 3, expertise: 5f);
        region.AddPerson(employer: hiring);
        var s = region.State;
        var firms = s.Firms;

        HireWorkers.Apply(s, mover, hiring);

        Assert.That(s.People.Employer[mover], Is.EqualTo(hiring));
        Assert.That(firms.Employees[hiring], Is.EqualTo(2));
        Assert.That(firms.Employees[previous], Is.EqualTo(0));
        float gained = firms.KnowledgeOf(hiring)[3] - 0.1f;
        Assert.That(gained, Is.GreaterThan(0));
        Assert.That(firms.InflowOf(hiring)[(int)KnowledgeChannel.Hire], Is.EqualTo(gained).Within(1e-6), "credited to the hire channel");
        Assert.That(s.Flows[IndicatorCatalog.JobToJobMoves], Is.EqualTo(1));
        Assert.That(s.Flows[IndicatorCatalog.Hires], Is.EqualTo(1));
    }

    [Test]
    public void AHireFromUnemploymentCarriesNothing()
    {
        var region = new TestRegion();
        int hiring = region.AddFirm(field: 3, knowledge: 0.1f);
        int person = region.AddPerson(field: 3, expertise: 5f);
        var s = region.State;
        var knowledge = s.Firms.KnowledgeOf(hiring).ToArray();

        HireWorkers.Apply(s, person, hiring);

        Assert.That(s.People.Employer[person], Is.EqualTo(hiring));
        Assert.That(s.Firms.KnowledgeOf(hiring).ToArray(), Is.EqualTo(knowledge));
        Assert.That(s.Flows[IndicatorCatalog.JobToJobMoves], Is.EqualTo(0));
        Assert.That(s.Flows[IndicatorCatalog.Hires], Is.EqualTo(1));
    }
}
