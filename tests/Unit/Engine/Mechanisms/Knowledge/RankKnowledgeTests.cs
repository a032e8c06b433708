using ClusterSim.Engine.Mechanisms.Knowledge;

namespace ClusterSim.Tests.Engine.Mechanisms.Knowledge;

public class RankKnowledgeTests
{
    [Test]
    public void SelectFindsTheKthSmallestLikeASort()
    {
        var rng = new ClusterSim.Engine.Randomness.RandomSource(3).Stream(ClusterSim.Engine.Randomness.Purpose.Market, 0, 0);
        foreach (int n in new[] { 1, 2, 3, 10, 101, 1000 })
        {
            var values = Enumerable.Range(0, n).Select(_ => (float)Math.Round(rng.NextDouble() * 20, 1)).ToArray(); // with ties
            var sorted = values.OrderBy(x => x).ToArray();
            foreach (int k in new[] { 0, n / 2, (int)Math.Ceiling(0.9 * n) - 1, n - 1 })
                Assert.That(RankKnowledge.Select(values.ToArray(), k), Is.EqualTo(sorted[k]), $"n={n} k={k}");
        }
    }
}
