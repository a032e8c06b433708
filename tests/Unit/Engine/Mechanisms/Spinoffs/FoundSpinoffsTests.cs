using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Labour;
using ClusterSim.Engine.Mechanisms.Spinoffs;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Engine.Mechanisms.Spinoffs;

/// <summary>Mechanism unit tests of founding a spin-off (M6): what the child inherits from its parent.</summary>
public class FoundSpinoffsTests
{
    private const string University = "institutions: {knowledge_institutions: [{name: university, kind: university, locality: 1, researchers: 10}]}\n";

    [Test]
    public void ACorporateSpinoffInheritsKnowledgeAndKeepsATieToItsParent()
    {
        var region = new TestRegion();
        int parent = region.AddFirm(FirmKind.Large, field: 2, knowledge: 4f);
        region.State.Firms.KnowledgeOf(parent)[5] = 2f;
        int founder = region.AddPerson(employer: parent, field: 2, expertise: 3f);
        region.AddPerson(employer: parent);
        var s = region.State;
        var firms = s.Firms;
        var p = s.Parameters.Of<SpinoffParameters>();

        FoundSpinoffs.Found(s, founder);

        int child = firms.Count - 1;
        Assert.That(firms.Origin[child], Is.EqualTo(FirmOrigin.CorporateSpinoff));
        Assert.That(firms.ParentKey[child], Is.EqualTo(firms.Key[parent]));
        Assert.That(firms.Generation[child], Is.EqualTo(1));
        Assert.That(s.People.Employer[founder], Is.EqualTo(child), "the founder works for the spin-off");
        Assert.That(firms.Employees[parent], Is.EqualTo(1));
        Assert.That(firms.IsTied(child, parent) && firms.IsTied(parent, child), Is.True, "a parent tie both ways");
        var inherited = firms.KnowledgeOf(child);
        Assert.That(inherited[5], Is.EqualTo((float)(p.ParentKnowledgeShare * 2f)).Within(1e-6), "a share of the parent's row");
        int field = firms.Field[child];
        Assert.That(inherited[field], Is.GreaterThanOrEqualTo((float)(p.ParentKnowledgeShare * firms.KnowledgeOf(parent)[field] + p.FounderKnowledgeShare * 3f) - 1e-5f),
            "and the founder's expertise in the firm's field");
        Assert.That(firms.GrowthMultiplier[child], Is.EqualTo((float)p.CorporateGrowthMultiplier));
        Assert.That(s.Flows[IndicatorCatalog.SpinoffsCorporate], Is.EqualTo(1));
    }

    [Test]
    public void ASpinoffOfASpinoffIsSecondGeneration()
    {
        var region = new TestRegion();
        int parent = region.AddFirm(knowledge: 1f);
        int first = region.AddPerson(employer: parent), second = region.AddPerson(employer: parent);
        var s = region.State;
        FoundSpinoffs.Found(s, first);
        int child = s.Firms.Count - 1;
        HireWorkers.Apply(s, second, child);

        FoundSpinoffs.Found(s, second);

        int grandchild = s.Firms.Count - 1;
        Assert.That(s.Firms.Origin[child], Is.EqualTo(FirmOrigin.SmeSpinoff));
        Assert.That(s.Firms.Generation[grandchild], Is.EqualTo(2));
        Assert.That(s.Firms.ParentKey[grandchild], Is.EqualTo(s.Firms.Key[child]));
    }

    [Test]
    public void AUniversitySpinoffLinksToItsUniversityAndTakesAResearcher()
    {
        var region = new TestRegion(University);
        int founder = region.AddResearcher(0, expertise: 4f);
        region.AddResearcher(0);
        var s = region.State;

        FoundSpinoffs.Found(s, founder);

        int child = s.Firms.Count - 1;
        Assert.That(s.Firms.Origin[child], Is.EqualTo(FirmOrigin.UniversitySpinoff));
        Assert.That(s.Firms.ParentKey[child], Is.EqualTo(s.Institutions.Key[0]));
        Assert.That(s.Firms.InstitutionTie[child], Is.EqualTo(0));
        Assert.That(s.Firms.Activity[child], Is.EqualTo(s.IsHighTech(s.Firms.Field[child]) ? FirmActivity.RdFocused : FirmActivity.Manufacturing));
        Assert.That(s.Institutions.Researchers[0], Is.EqualTo(1), "the founder leaves the university");
        Assert.That(s.People.Institution[founder], Is.EqualTo(-1));
        Assert.That(s.Flows[IndicatorCatalog.SpinoffsUniversity], Is.EqualTo(1));
    }
}
