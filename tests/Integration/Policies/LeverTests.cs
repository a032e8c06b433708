using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Policies;

namespace ClusterSim.Tests.Policies;

/// <summary>
/// Every lever moves its direct channel in the expected direction (docs/model.md §10), in paired runs with
/// common random numbers on a small region; and a lever scheduled from tick 24 changes nothing before it.
/// </summary>
public class LeverTests
{
    private const int Ticks = 96;
    private static readonly int[] Replications = [0, 1, 2];

    private const string Parks = "examples/all_institutions.yaml";
    private const string Global = "examples/global_links.yaml";

    /// <summary>For each lever, a scenario and a schedule that exercise it, in force from tick 24, and the park whose column is its channel.</summary>
    private static readonly Dictionary<string, (string File, string Schedule, string? Park)> Schedules = new()
    {
        ["rd_subsidy"] = ("baseline.yaml", "{value: 0.5, from: 24}", null),
        ["training_grant"] = ("baseline.yaml", "{value: 0.9, from: 24, target: sme}", null),
        ["training_levy"] = ("baseline.yaml", "{value: 0.03, from: 24}", null),
        ["tailored_liaison"] = ("baseline.yaml", "{value: 1, from: 24, target: 'institution:regional_university'}", null),
        ["public_rd_design_share"] = ("baseline.yaml", "{value: 0.5, from: 24, target: 'institution:regional_university'}", null),
        ["rent_subsidy"] = (Parks, "{value: 0.8, from: 24, target: 'park:industrial_park'}", "industrial_park"),
        ["land_release"] = (Parks, "{value: 60, from: 24, target: 'park:alatau_zone'}", "alatau_zone"),
        // With strong demand for plots, so that after the land phase of tick 60 the power cap binds.
        ["infrastructure_capacity"] = (Parks, "{value: 5, from: 24, target: 'park:alatau_zone'}\nparameters.parks.application_rate_per_month=0.2", "alatau_zone"),
        ["tax_privileges"] = (Parks, "{value: 0.7, from: 24, target: 'park:industrial_park'}", "industrial_park"),
        ["incubator_capacity"] = (Parks, "{value: 20, from: 24, target: 'park:city_incubator'}", null),
        ["brokerage_events"] = (Parks, "{value: 24, from: 24, target: 'locality:2'}", null),
        // With deal flow strong enough for the example's small seed fund to run out of money.
        ["seed_fund_budget"] = (Parks, "{value: 3000000, from: 24}\nparameters.finance.deal_rate_per_month=1\nparameters.finance.readiness_threshold=0", null),
        ["licensing_support"] = ("baseline.yaml", "{value: 1, from: 24}", null),
        ["acquisition_block"] = ("baseline.yaml", "{value: 1, from: 24}\nparameters.acquisitions.rate_per_month=0.02", null),
        ["mandated_local_linkages"] = ("baseline.yaml", "{value: 0.5, from: 24}", null),
        ["soft_landing_slots"] = (Global, "{value: 24, from: 24, target: 'park:science_park'}", null),
        ["visa_support"] = (Global, "{value: 0.5, from: 24}", null),
        ["internationalisation_services"] = (Parks, "{value: 1, from: 24, target: 'park:research_park'}\nparameters.soft_landing.emigration_rate_per_month=0.02", null),
        ["procurement_programme"] = ("baseline.yaml", "{value: 0.05, from: 24}", null),
        ["fdi_incentives"] = (Global, "{value: 1, from: 24}", null),
        ["partner_parks"] = (Global, "{value: 8, from: 24, target: 'park:science_park'}", null),
        // An incubator on a fixed budget too small for it, whose reserve runs out after about two and a half years.
        ["park_operating_subsidy"] = ("baseline.yaml", "{value: 30000, from: 24, target: 'park:city_incubator'}\ninstitutions.parks=[{name: city_incubator, model: bic_incubator, locality: 0, capacity_firms: 20, incubation_slots: 20, operating_subsidy_usd_per_month: 0, opening_reserve_months: 24}]", "city_incubator"),
    };

    public static IEnumerable<string> LeverNames() => Levers.All.Select(l => l.Name);

    [Test]
    public void EveryLeverHasATestSchedule() => Assert.That(Schedules.Keys, Is.EquivalentTo(LeverNames()));

    private static double[][][] Run(string file, params string[] overrides) =>
        Replications.Select(r => SmallRegion.RunFile(file, Ticks, r, overrides)).ToArray();

    [TestCaseSource(nameof(LeverNames))]
    public void MovesItsDirectChannelInTheExpectedDirection(string name)
    {
        var lever = Levers.Find(name)!;
        var (file, schedule, park) = Schedules[name];
        // A schedule line may carry further overrides that both runs share, after a newline.
        var lines = schedule.Split('\n');
        var shared = lines[1..];
        var baseline = Run(file, shared);
        var policy = Run(file, [.. shared, $"policies.{name}={lines[0]}"]);
        string column = park is null ? lever.Channel : $"{lever.Channel}_{park}";
        int outcome = IndicatorCatalog.IndexOf(IndicatorCatalog.SeriesOf(SmallRegion.Scenario(file)), column);
        Assert.That(outcome, Is.GreaterThanOrEqualTo(0), column);
        // The outcome over the last four years, summed over the paired replications.
        double Effect(double[][][] runs) => runs.Sum(rows => rows[^48..].Sum(v => v[outcome]));
        double difference = Effect(policy) - Effect(baseline);
        Assert.That(Math.Sign(difference), Is.EqualTo(lever.ChannelSign), $"{column}: {Effect(policy)} vs {Effect(baseline)}");

        for (int r = 0; r < Replications.Length; r++)
            for (int t = 0; t < 24; t++)
                Assert.That(policy[r][t], Is.EqualTo(baseline[r][t]), $"tick {t} before the lever starts");
    }

    [Test]
    public void PublicSpendColumnsAddUpToTheTotal()
    {
        var rows = SmallRegion.RunFile(Parks, 36, 0, "policies.procurement_programme={value: 0.05}", "policies.visa_support={value: 0.2}", "policies.fdi_incentives={value: 1}",
            "policies.soft_landing_slots={value: 6, target: 'park:research_park'}", "policies.internationalisation_services={value: 1, target: 'park:research_park'}",
            "policies.rd_subsidy={value: 0.3}", "policies.training_grant={value: 0.5}",
            "policies.training_levy={value: 0.02}", "policies.tailored_liaison={value: 1}", "policies.rent_subsidy={value: 0.5, target: 'park:research_park'}",
            "policies.land_release={value: 12, target: 'park:alatau_zone'}", "policies.infrastructure_capacity={value: 2, target: 'park:alatau_zone'}",
            "policies.tax_privileges={value: 0.5, target: 'park:industrial_park'}", "policies.incubator_capacity={value: 5, target: 'park:city_incubator'}",
            "policies.brokerage_events={value: 12, target: 'park:research_park'}", "policies.seed_fund_budget={value: 2000000}", "policies.licensing_support={value: 0.5}",
            "policies.partner_parks={value: 4, target: 'park:research_park'}", "policies.park_operating_subsidy={value: 1000, target: 'park:research_park'}");
        foreach (var v in rows)
            Assert.That(Levers.All.Sum(l => v[IndicatorCatalog.PublicSpend(l).Index]), Is.EqualTo(v[IndicatorCatalog.PublicSpendTotal.Index]).Within(1e-6));
        // A levy is revenue; moving budget into design, blocking acquisitions and mandating linkages cost the state nothing.
        var costless = new[] { Levers.TrainingLevy, Levers.PublicRdDesignShare, Levers.AcquisitionBlock, Levers.MandatedLocalLinkages };
        foreach (var lever in Levers.All.Except(costless))
            Assert.That(rows.Sum(v => v[IndicatorCatalog.PublicSpend(lever).Index]), Is.GreaterThan(0), lever.Name);
        Assert.That(rows.Sum(v => v[IndicatorCatalog.PublicSpend(Levers.TrainingLevy).Index]), Is.LessThan(0), "a levy is revenue");
        int grants = IndicatorCatalog.IndexOf(IndicatorCatalog.SeriesOf(SmallRegion.Scenario(Parks)), "park_capital_grants_alatau_zone");
        Assert.That(rows.Sum(v => v[grants]), Is.EqualTo(rows.Sum(v => v[IndicatorCatalog.PublicSpend(Levers.LandRelease).Index] + v[IndicatorCatalog.PublicSpend(Levers.InfrastructureCapacity).Index])).Within(1e-6),
            "the land and power levers' spending is the zone's capital grants");
    }
}
