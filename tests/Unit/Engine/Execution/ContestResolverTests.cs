using ClusterSim.Engine.Execution;

namespace ClusterSim.Tests.Engine.Execution;

public class ContestResolverTests
{
    [Test]
    public void LowestPrioritiesWinUpToCapacity()
    {
        Proposal[] proposals =
        [
            new(0, 30, 1), new(0, 10, 2), new(0, 20, 3),
            new(1, 5, 4), new(1, 1, 5),
            new(2, 7, 6),
        ];
        int[] capacity = [2, 1, 0];
        int winners = ContestResolver.Resolve(proposals, capacity);
        Assert.That(proposals[..winners].Select(p => p.Proposer), Is.EqualTo(new[] { 2, 3, 5 }));
    }

    [Test]
    public void WinnersDoNotDependOnProposalOrder()
    {
        var rng = new ClusterSim.Engine.Randomness.RandomSource(1).Stream(ClusterSim.Engine.Randomness.Purpose.HiringPriority, 0, 0);
        var proposals = Enumerable.Range(0, 500).Select(i => new Proposal(rng.NextInt(20), rng.NextUInt(), i)).ToArray();
        var capacity = Enumerable.Range(0, 20).Select(i => i % 5).ToArray();
        var reversed = proposals.Reverse().ToArray();
        int a = ContestResolver.Resolve(proposals, capacity);
        int b = ContestResolver.Resolve(reversed, capacity);
        Assert.That(reversed[..b], Is.EqualTo(proposals[..a]));
        Assert.That(a, Is.EqualTo(Enumerable.Range(0, 20).Sum(t => Math.Min(capacity[t], proposals.Count(p => p.Target == t)))));
    }
}
