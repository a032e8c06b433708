using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Labour;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Engine.Mechanisms.Labour;

/// <summary>Mechanism unit tests of hiring (M6): a mover carries knowledge, a hire from unemployment does not, and people in work move only up the wage ladder.</summary>
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

    [Test]
    public void SomeoneInWorkMovesOnlyToBetterPay()
    {
        // Everyone searches every month. Twenty workers of a firm paying 2,000; one vacancy at 1,900 and, in the other
        // run, at 2,100. The unemployed take either.
        foreach (double offered in new[] { 1_900.0, 2_100 })
        {
            var region = new TestRegion("", "parameters.labour.on_the_job_search_rate_per_month=1", "parameters.labour.search_rate_per_month=1");
            int current = region.AddFirm(), hiring = region.AddFirm();
            var s = region.State;
            s.Firms.Wage[current] = 2_000;
            s.Firms.Wage[hiring] = (float)offered;
            var workers = Enumerable.Range(0, 20).Select(_ => region.AddPerson(employer: current)).ToArray();
            s.Firms.TargetEmployees[current] = 20;
            s.Firms.TargetEmployees[hiring] = 1;

            new HireWorkers().Run(s);

            int moved = workers.Count(w => s.People.Employer[w] == hiring);
            Assert.That(moved, Is.EqualTo(offered > 2_000 ? 1 : 0), $"a vacancy at {offered}");
        }
        var slack = new TestRegion("", "parameters.labour.search_rate_per_month=1");
        int firm = slack.AddFirm();
        slack.State.Firms.Wage[firm] = 1_900;
        slack.State.Firms.TargetEmployees[firm] = 1;
        int jobless = slack.AddPerson();
        new HireWorkers().Run(slack.State);
        Assert.That(slack.State.People.Employer[jobless], Is.EqualTo(firm), "the unemployed take the job");
    }
}
