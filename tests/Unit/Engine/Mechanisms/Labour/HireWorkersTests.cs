using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Labour;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Engine.Mechanisms.Labour;

public class HireWorkersTests
{
    [Test]
    public void AMoverCarriesKnowledgeToTheHiringFirm()
    {
        var s = new Simulation(SmallRegion.Scenario(), 0, new ChunkedExecutor(1, 1024)).State;
        var firms = s.Firms;
        int mover = Enumerable.Range(0, s.People.Count).First(i => s.People.Employer[i] >= 0);
        int field = s.People.Field[mover];
        int hiring = Enumerable.Range(0, firms.Count).First(f => f != s.People.Employer[mover] && firms.Employees[f] > 3);
        firms.Knowledge[hiring * firms.Stride + field] = 0.1f;
        s.People.Expertise[mover] = 5f;
        int before = firms.Employees[hiring];

        HireWorkers.Apply(s, mover, hiring);

        Assert.That(s.People.Employer[mover], Is.EqualTo(hiring));
        Assert.That(firms.Employees[hiring], Is.EqualTo(before + 1));
        Assert.That(firms.Knowledge[hiring * firms.Stride + field], Is.GreaterThan(0.1f));
        Assert.That(firms.InflowOf(hiring)[(int)KnowledgeChannel.Hire], Is.GreaterThan(0));
        Assert.That(s.Flows[IndicatorCatalog.JobToJobMoves], Is.EqualTo(1));
    }

    [Test]
    public void AHireFromUnemploymentCarriesNothing()
    {
        var s = new Simulation(SmallRegion.Scenario(), 0, new ChunkedExecutor(1, 1024)).State;
        var firms = s.Firms;
        int person = Enumerable.Range(0, s.People.Count).First(i => !s.People.IsEmployed(i));
        int hiring = Enumerable.Range(0, firms.Count).First(f => firms.Employees[f] > 3);
        s.People.Expertise[person] = 5f;
        var knowledge = firms.KnowledgeOf(hiring).ToArray();
        HireWorkers.Apply(s, person, hiring);
        Assert.That(firms.KnowledgeOf(hiring).ToArray(), Is.EqualTo(knowledge));
        Assert.That(s.Flows[IndicatorCatalog.JobToJobMoves], Is.EqualTo(0));
        Assert.That(s.Flows[IndicatorCatalog.Hires], Is.EqualTo(1));
    }
}
