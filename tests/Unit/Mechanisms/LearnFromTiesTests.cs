using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;

namespace ClusterSim.Tests.Mechanisms;

public class LearnFromTiesTests
{
    /// <summary>A region of two firms, 0 behind 1 in every field; firm 0 optionally tied to firm 1.</summary>
    private static SimulationState TwoFirms(bool tied, float ownLevel)
    {
        var scenario = ScenarioLoader.Parse("format_version: 1\nname: two\nrun: {ticks: 1, seed: 1}\npopulation: {people: 10, firms_per_1000_people: 200}\n", "two.yaml");
        var s = new Simulation(scenario, 0, new ChunkedExecutor(1, 64)).State;
        var firms = s.Firms;
        for (int f = 0; f < 2; f++)
        {
            var row = firms.KnowledgeOf(f);
            row.Clear();
            row[0] = f == 0 ? ownLevel : 5f;
            AbsorptiveCapacity.Refresh(firms, f, row[0], scenario.Parameters.Of<TransferParameters>().AcHalfSaturation);
            for (int j = f * firms.TieSlots; j < (f + 1) * firms.TieSlots; j++) firms.TieTarget[j] = -1;
        }
        if (tied)
        {
            firms.TieTarget[0] = 1;
            firms.TieWeight[0] = 1;
        }
        return s;
    }

    private static float Gain(bool tied, float ownLevel)
    {
        var s = TwoFirms(tied, ownLevel);
        new LearnFromTies().Run(s);
        return s.Firms.KnowledgeOf(0)[0] - ownLevel;
    }

    [Test]
    public void NoTransferWithoutContact() => Assert.That(Gain(tied: false, ownLevel: 1f), Is.EqualTo(0));

    [Test]
    public void TransferRisesWithAbsorptiveCapacity()
    {
        float low = Gain(tied: true, ownLevel: 0.2f), high = Gain(tied: true, ownLevel: 2f);
        Assert.That(low, Is.GreaterThan(0));
        // The gap is smaller for the better-endowed firm, yet it learns more: the AC gate dominates.
        Assert.That(high, Is.GreaterThan(low));
    }

    [Test]
    public void TheLeaderLearnsNothingFromALaggard()
    {
        var s = TwoFirms(tied: false, ownLevel: 1f);
        s.Firms.TieTarget[s.Firms.TieSlots] = 0;
        s.Firms.TieWeight[s.Firms.TieSlots] = 1;
        new LearnFromTies().Run(s);
        Assert.That(s.Firms.KnowledgeOf(1)[0], Is.EqualTo(5f));
    }
}
