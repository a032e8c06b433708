using ClusterSim.Engine.Mechanisms.Labour;

namespace ClusterSim.Tests.Engine.Mechanisms.Labour;

/// <summary>Unit tests of the yearly job-to-job measurement (validation-targets E5), on hand-made people.</summary>
public class CountEmployerChangesTests
{
    [Test]
    public void CountsPeopleWhoseEmployerDiffersFromAYearBeforeAmongThoseEmployedThen()
    {
        var region = new TestRegion();
        int a = region.AddFirm(), b = region.AddFirm();
        int stayer = region.AddPerson(employer: a), mover = region.AddPerson(employer: a), laidOff = region.AddPerson(employer: b);
        int hiredFromUnemployment = region.AddPerson(), leaver = region.AddPerson(employer: b);
        var s = region.State;
        var phase = new CountEmployerChanges();

        s.Tick = 12;
        phase.Run(s); // the first measurement: nobody was recorded a year before
        Assert.That(s.Region.EmployerChangeShare, Is.EqualTo(0));

        s.People.Employer[mover] = b;
        s.People.Employer[laidOff] = -1;
        s.People.Employer[hiredFromUnemployment] = a;
        s.People.Employer[leaver] = -1;
        s.People.Remove(leaver);
        s.Tick = 13;
        phase.Run(s); // not a measurement tick: nothing moves
        Assert.That(s.Region.EmployerChangeShare, Is.EqualTo(0));

        s.Tick = 24;
        phase.Run(s);
        // Employed a year before and still here: stayer, mover, laid-off (the leaver has gone; the new hire had no employer).
        // Only the mover has a different employer; someone now unemployed has not changed employer.
        Assert.That(s.Region.EmployerChangeShare, Is.EqualTo(1.0 / 3).Within(1e-12));
        Assert.That(s.People.EmployerKeyYearAgo[stayer], Is.EqualTo(s.Firms.Key[a]));
        Assert.That(s.People.EmployerKeyYearAgo[laidOff], Is.EqualTo(0UL));
    }

    [Test]
    public void AResearcherCountsWithTheInstitutionAsEmployer()
    {
        var region = new TestRegion("institutions: {knowledge_institutions: [{name: uni, kind: university, locality: 0, researchers: 0}]}");
        int firm = region.AddFirm();
        int researcher = region.AddResearcher(0);
        var s = region.State;
        var phase = new CountEmployerChanges();
        s.Tick = 12;
        phase.Run(s);
        Assert.That(s.People.EmployerKeyYearAgo[researcher], Is.EqualTo(s.Institutions.Key[0]));
        // Moving from the university to a firm is a change of employer.
        s.People.Institution[researcher] = -1;
        s.People.Employer[researcher] = firm;
        s.Tick = 24;
        phase.Run(s);
        Assert.That(s.Region.EmployerChangeShare, Is.EqualTo(1));
    }
}
