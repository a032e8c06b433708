using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Generation;
using ClusterSim.Loader;

namespace ClusterSim.Tests.Engine.Generation;

public class LocalitySharesTests
{
    /// <summary>Shares of firms and of people by locality in a generated region of 40,000 people and about 1,000 firms.</summary>
    private static (double[] Firms, double[] People) Shares(string region)
    {
        var scenario = ScenarioLoader.Parse($"format_version: 1\nname: t\nrun: {{ticks: 1, seed: 3}}\nregion: {region}\npopulation: {{people: 40000}}\n", "t.yaml");
        var state = RegionGenerator.Generate(scenario, 0, new ChunkedExecutor(1, 4096));
        var firms = new double[scenario.Region.Localities];
        var people = new double[scenario.Region.Localities];
        for (int f = 0; f < state.Firms.Count; f++) firms[state.Firms.Locality[f]]++;
        for (int p = 0; p < state.People.Count; p++) people[state.People.Locality[p]]++;
        return (firms.Select(c => c / state.Firms.Count).ToArray(), people.Select(c => c / state.People.Count).ToArray());
    }

    [Test]
    public void FirmsAndPeopleFollowTheGivenShares()
    {
        var (firms, people) = Shares("{localities: 3, locality_shares: [0.1, 0.3, 0.6]}");
        Assert.That(firms, Is.EqualTo(new[] { 0.1, 0.3, 0.6 }).Within(0.04), "firms are placed by the shares");
        // People work where their firm is, and firm sizes are heavy-tailed, so people follow the shares only roughly.
        Assert.That(people, Is.EqualTo(new[] { 0.1, 0.3, 0.6 }).Within(0.1));
        Assert.That(people[2], Is.GreaterThan(people[1]).And.GreaterThan(people[0]));
    }

    [Test]
    public void WithoutSharesTheFirstLocalityIsTheLargest()
    {
        // Zipf weights 1/(l+1): locality 0 holds about 1/(1 + 1/2 + 1/3) ≈ 0.55 of the firms.
        var shares = Shares("{localities: 3}").Firms;
        Assert.That(shares[0], Is.GreaterThan(shares[1]).And.GreaterThan(shares[2]));
        Assert.That(shares[0], Is.EqualTo(6.0 / 11).Within(0.06));
    }
}
