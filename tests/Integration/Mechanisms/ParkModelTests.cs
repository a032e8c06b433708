using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Tests.Mechanisms;

/// <summary>The behaviour that defines each park model, and the all-institutions example as a whole.</summary>
public class ParkModelTests
{
    private const string File = "examples/all_institutions.yaml";

    private static double Sum(double[][][] runs, string column, Scenario scenario, int from = 0)
    {
        int i = IndicatorCatalog.IndexOf(IndicatorCatalog.SeriesOf(scenario), column);
        Assert.That(i, Is.GreaterThanOrEqualTo(0), column);
        return runs.Sum(rows => rows[from..].Sum(v => v[i]));
    }

    private static double[][][] Runs(int ticks, params string[] overrides) =>
        new[] { 0, 1, 2 }.Select(r => SmallRegion.RunFile(File, ticks, r, overrides)).ToArray();

    [Test]
    public void ACampusParkHasNoTenantsButItsJointProjectsLinkFirmsToItsUniversity()
    {
        var scenario = SmallRegion.Scenario(File);
        var with = Runs(60);
        var without = Runs(60, "parameters.parks.joint_project_multiplier=1");
        Assert.That(Sum(with, "park_tenants_university_campus", scenario), Is.EqualTo(0));
        Assert.That(Sum(with, "ties_institution", scenario), Is.GreaterThan(Sum(without, "ties_institution", scenario)));
    }

    [Test]
    public void RdRichLocalitiesFillParksFaster()
    {
        // SF32 (WB:L685): the same park fills faster where firms know more. Here R&D is made richer in the
        // research park's locality by an R&D subsidy from the start; a strict, technology-weighted selection
        // then finds more applicants above its threshold.
        var scenario = SmallRegion.Scenario(File);
        string[] strict = ["parameters.parks.admission_threshold=0.75"];
        var plain = Runs(36, strict);
        var rich = Runs(36, [.. strict, "policies.rd_subsidy={value: 1, target: 'locality:0'}"]);
        Assert.That(Sum(rich, "park_tenants_research_park", scenario), Is.GreaterThan(Sum(plain, "park_tenants_research_park", scenario)));
    }

    [Test]
    public void TheExampleMovesEveryInstitutionIndicator()
    {
        var scenario = SmallRegion.Scenario(File);
        var runs = Runs(120);
        string[] nonZero =
        [
            "incubatees", "incubator_graduates", "seed_investments", "vc_investments", "bank_loans", "events_held", "innovative_firms_share",
            // A campus park has no firm tenants, so its tenant columns stay at zero; results may be negative, and
            // capital grants come only from levers.
            .. scenario.Institutions.Parks.Where(p => p.Model != ParkModel.CampusAppliedResearch)
                .SelectMany(p => new[] { "park_occupancy", "park_self_funding", "park_tenants", "park_applicants" }.Select(c => $"{c}_{p.Name}")),
        ];
        foreach (var column in nonZero)
            Assert.That(Sum(runs, column, scenario), Is.GreaterThan(0), column);
    }
}
