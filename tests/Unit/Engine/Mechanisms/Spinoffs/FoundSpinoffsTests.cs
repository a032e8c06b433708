using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Spinoffs;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.State;

namespace ClusterSim.Tests.Engine.Mechanisms.Spinoffs;

public class FoundSpinoffsTests
{
    private static SimulationState Region() => new Simulation(SmallRegion.Scenario(), 0, new ChunkedExecutor(1, 1024)).State;

    private static int EmployeeOf(SimulationState s, Func<int, bool> employer)
    {
        for (int i = 0; i < s.People.Count; i++)
            if (s.People.Employer[i] >= 0 && employer(s.People.Employer[i])) return i;
        throw new InvalidOperationException("no such employee");
    }

    [Test]
    public void CorporateSpinoffInheritsKnowledgeAndKeepsAParentTie()
    {
        var s = Region();
        var firms = s.Firms;
        int founder = EmployeeOf(s, f => firms.Kind[f] == FirmKind.Large && firms.FreeTieSlot(f) >= 0);
        int parent = s.People.Employer[founder];
        int parentEmployees = firms.Employees[parent];
        var parentKnowledge = firms.KnowledgeOf(parent).ToArray();

        FoundSpinoffs.Found(s, founder);

        int child = firms.Count - 1;
        Assert.That(firms.Origin[child], Is.EqualTo(FirmOrigin.CorporateSpinoff));
        Assert.That(firms.ParentKey[child], Is.EqualTo(firms.Key[parent]));
        Assert.That(firms.Generation[child], Is.EqualTo(1));
        Assert.That(s.People.Employer[founder], Is.EqualTo(child));
        Assert.That(firms.Employees[parent], Is.EqualTo(parentEmployees - 1));
        Assert.That(firms.TieTarget[child * firms.TieSlots], Is.EqualTo(parent));
        Assert.That(firms.TieKind[child * firms.TieSlots], Is.EqualTo(TieLayer.Parent));
        Assert.That(firms.IsTied(parent, child), Is.True, "the parent keeps a tie back");
        var inherited = firms.KnowledgeOf(child);
        for (int k = 0; k < firms.Fields; k++)
            Assert.That(inherited[k], Is.GreaterThanOrEqualTo((float)(s.Parameters.Of<SpinoffParameters>().ParentKnowledgeShare * parentKnowledge[k]) * 0.999f));
        Assert.That(firms.GrowthMultiplier[child], Is.EqualTo((float)s.Parameters.Of<SpinoffParameters>().CorporateGrowthMultiplier));
    }

    [Test]
    public void SpinoffOfASpinoffIsSecondGeneration()
    {
        var s = Region();
        var firms = s.Firms;
        FoundSpinoffs.Found(s, EmployeeOf(s, f => firms.Employees[f] > 5));
        int first = firms.Count - 1;
        // Hire someone into the spin-off, who then spins off in turn.
        int worker = EmployeeOf(s, f => f != first && firms.Employees[f] > 5);
        ClusterSim.Engine.Mechanisms.Labour.HireWorkers.Apply(s, worker, first);
        FoundSpinoffs.Found(s, worker);
        Assert.That(firms.Generation[firms.Count - 1], Is.EqualTo(2));
        Assert.That(firms.ParentKey[firms.Count - 1], Is.EqualTo(firms.Key[first]));
    }

    [Test]
    public void UniversitySpinoffLinksToItsUniversity()
    {
        var s = Region();
        int founder = Enumerable.Range(0, s.People.Count).First(i => s.People.Institution[i] == 0);
        int researchers = s.Institutions.Researchers[0];
        FoundSpinoffs.Found(s, founder);
        int child = s.Firms.Count - 1;
        Assert.That(s.Firms.Origin[child], Is.EqualTo(FirmOrigin.UniversitySpinoff));
        Assert.That(s.Firms.InstitutionTie[child], Is.EqualTo(0));
        Assert.That(s.Firms.Activity[child], Is.EqualTo(s.IsHighTech(s.Firms.Field[child]) ? FirmActivity.RdFocused : FirmActivity.Manufacturing));
        Assert.That(s.Institutions.Researchers[0], Is.EqualTo(researchers - 1));
    }
}
