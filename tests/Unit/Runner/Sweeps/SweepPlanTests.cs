using ClusterSim.Runner.Sweeps;

namespace ClusterSim.Tests.Runner.Sweeps;

/// <summary>A sweep file made into runs: ids that survive added points, seeds as documented, shards that split the runs.</summary>
public class SweepPlanTests
{
    private static SweepPlan Plan(string body)
    {
        string path = Path.Combine(TestPaths.TempDir(), "sweep.yaml");
        File.WriteAllText(path, $"format_version: 1\nname: plan_test\nsweep:\n  scenario: {TestPaths.Scenario("baseline.yaml")}\n{body}");
        return SweepPlan.Load(path, []);
    }

    private static string Grid(string values, string seeds = "common") => $"""
          replications: 2
          seeds: {seeds}
          parameters:
            - {"{"}key: region.entrepreneurship, values: [{values}]{"}"}

        """;

    [Test]
    public void AddingPointsLeavesTheOtherRunsIdsAndSeedsAlone()
    {
        var small = Plan(Grid("0.5, 1"));
        var large = Plan(Grid("0.25, 0.5, 0.75, 1"));
        Assert.That(small.Runs, Has.Count.EqualTo(4));
        var byId = large.Runs.ToDictionary(r => r.Id);
        foreach (var run in small.Runs)
        {
            Assert.That(byId, Does.ContainKey(run.Id), $"point {run.Point.Values[0]}, replication {run.Replication}");
            Assert.That(byId[run.Id].Seed, Is.EqualTo(run.Seed));
        }
        Assert.That(large.Runs.Select(r => r.Id).Distinct().Count(), Is.EqualTo(8));
    }

    [Test]
    public void CommonSeedsAreTheBasesAndIndependentOnesFollowThePoint()
    {
        var common = Plan(Grid("0.5, 1"));
        Assert.That(common.Runs.Select(r => r.Seed), Is.EqualTo(new long[] { 42, 43, 42, 43 }), "run.seed + replication, as run and compare");
        var independent = Plan(Grid("0.5, 1", "independent"));
        Assert.That(independent.Runs.Select(r => r.Seed).Distinct().Count(), Is.EqualTo(4), "a seed per point and replication");
        Assert.That(Plan(Grid("0.5, 1, 2", "independent")).Runs.Take(4).Select(r => r.Seed), Is.EqualTo(independent.Runs.Select(r => r.Seed)),
            "from the point's values, not its place");
        Assert.That(independent.Runs.All(r => r.Seed >= 0));
    }

    /// <summary>
    /// Saltelli's first base sample is the Sobol point (0.5, …, 0.5), so its A, B and every AB_j are one point, and
    /// Morris trajectories on a coarse grid share points: each visit is its own run, with an id of its own, so a
    /// restart's journal and a merge (which count runs by id) see every run once.
    /// </summary>
    [Test]
    public void APointTheDesignVisitsTwiceGivesRunsWithIdsOfTheirOwn()
    {
        foreach (string design in new[] { "design: sobol\n  samples: 32", "design: morris\n  trajectories: 40\n  levels: 4" })
        {
            var plan = Plan($"""
                  replications: 2
                  {design}
                  parameters:
                    - {"{"}key: parameters.exit.loss_hazard_factor, low: 1, high: 4{"}"}
                    - {"{"}key: parameters.exit.runway_scale_months, low: 0.5, high: 2{"}"}

                """);
            var distinctPoints = plan.Points.Select(p => string.Join(",", p.Values)).Distinct().Count();
            Assert.That(distinctPoints, Is.LessThan(plan.Points.Count), $"{design}: the design visits some point twice");
            Assert.That(plan.Runs.Select(r => r.Id), Is.Unique, design);
        }
    }

    [Test]
    public void ShardsAreDisjointAndCoverTheSweep()
    {
        var plan = Plan(Grid("0.5, 0.75, 1, 1.25, 1.5"));
        var shards = Enumerable.Range(0, 3).Select(i => plan.Runs.Where(new SweepShard(i, 3).Holds).Select(r => r.Id).ToList()).ToList();
        Assert.That(shards.SelectMany(s => s).Order(), Is.EqualTo(plan.Runs.Select(r => r.Id).Order()));
        Assert.That(shards.Sum(s => s.Count), Is.EqualTo(plan.Runs.Count));
        Assert.That(shards.All(s => s.Count >= 3));
    }

    [Test]
    public void ARangeDesignWithoutARangeIsRefusedAtTheKey()
    {
        var e = Assert.Throws<ClusterSim.Loader.ScenarioException>(() => Plan("""
              design: lhs
              samples: 4
              parameters:
                - {key: region.entrepreneurship, values: [1, 2]}

            """));
        Assert.That(e!.Errors.Select(x => x.ToString()), Has.Some.Contains("sweep.parameters[0]: lhs needs a range: low and high"));
    }

    [Test]
    public void OutputsAreCheckedAsValidateChecksItsStatistics()
    {
        var e = Assert.Throws<ClusterSim.Loader.ScenarioException>(() => Plan("""
              parameters:
                - {key: region.entrepreneurship, values: [1]}
              outputs:
                - {name: survival, statistic: {kind: survival}}
                - {name: seed, statistic: {kind: indicator_mean, indicators: [firms_alive]}}
                - {name: jobs, statistic: {kind: indicator_mean, indicators: [employmnet]}}

            """));
        var errors = e!.Errors.Select(x => x.ToString()).ToList();
        Assert.That(errors, Has.Some.Contains("sweep.outputs[0].statistic.months: survival needs months"));
        Assert.That(errors, Has.Some.Contains("sweep.outputs[1].name: 'seed' is already a column of results.csv"));
        Assert.That(errors, Has.Some.Contains("sweep.outputs[2].statistic.indicators[0]: 'employmnet' is not a series").And.Some.Contains("did you mean 'employment'"));
    }

    [Test]
    public void AVariantSetsWhatItChangesInEveryContextAndLeavesTheirOtherPolicies()
    {
        string folder = TestPaths.TempDir();
        File.WriteAllText(Path.Combine(folder, "variant.yaml"), $"extends: {TestPaths.Scenario("europe/cambridge.yaml")}\nname: rd\npolicies:\n  rd_subsidy: {{value: 0.5, from: 24}}\n");
        string path = Path.Combine(folder, "sweep.yaml");
        File.WriteAllText(path, $"""
            format_version: 1
            name: contexts_test
            sweep:
              contexts: [{TestPaths.Scenario("europe/cambridge.yaml")}, {TestPaths.Scenario("europe/helsinki.yaml")}]
              variants: [variant.yaml]
              replications: 1
              parameters:
                - {"{"}key: region.entrepreneurship, values: [1]{"}"}

            """);
        var plan = SweepPlan.Load(path, []);
        Assert.That(plan.Runs, Has.Count.EqualTo(4), "1 point × 2 contexts × (base + 1 variant)");
        foreach (string context in plan.Contexts)
        {
            var baseRun = plan.ScenarioOf(plan.Runs.Single(r => r.Context == context && r.Variant == SweepPlan.BaseVariant));
            var variantRun = plan.ScenarioOf(plan.Runs.Single(r => r.Context == context && r.Variant == "variant.yaml"));
            Assert.That(variantRun.Policies["rd_subsidy"].Value, Is.EqualTo(0.5), context);
            Assert.That(variantRun.Policies.Where(p => p.Key != "rd_subsidy"), Is.EquivalentTo(baseRun.Policies.Where(p => p.Key != "rd_subsidy")),
                $"{context} keeps its own other policies");
            Assert.That(variantRun.Region, Is.EqualTo(baseRun.Region), $"{context} keeps its region");
        }
    }
}
