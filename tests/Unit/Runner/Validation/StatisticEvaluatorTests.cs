using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.State;
using ClusterSim.Loader;
using ClusterSim.Loader.Validation;
using ClusterSim.Runner.Validation;

namespace ClusterSim.Tests.Runner.Validation;

/// <summary>Statistics on hand-made outputs whose answer is counted by hand.</summary>
public class StatisticEvaluatorTests
{
    // 60 ticks after a burn-in of 12; 8 fields, half high-tech (fields 0–3).
    private static readonly ClusterSim.Engine.Scenarios.Scenario Scenario = ScenarioLoader.Parse(
        "format_version: 1\nname: hand\nrun: {ticks: 60, burn_in_ticks: 12, seed: 1}\nregion: {fields: 8, high_tech_field_share: 0.5}\npopulation: {people: 1000}\n", "hand.yaml");

    private static PanelRecord Firm(int tick, ulong id, int birth, int employees, FirmKind kind = FirmKind.Sme, FirmOrigin origin = FirmOrigin.DeNovo,
        int field = 0, int innovations = 0, double rd = 0, bool exited = false) =>
        new(0, tick, id, kind, origin, 0, 0, birth, 0, field, employees, 1000, rd, 1, innovations, 0, 0, 0, 0, 0, 0, 0, exited);

    private static ReplicationOutput Output(IReadOnlyList<PanelRecord> panel, Func<int, string, double>? indicator = null)
    {
        var rows = Enumerable.Range(13, 48).Select(t =>
        {
            var v = new double[IndicatorCatalog.All.Count];
            if (indicator is not null) foreach (var d in IndicatorCatalog.All) v[d.Index] = indicator(t, d.Name);
            return new IndicatorRow(0, t, v, []);
        }).ToList();
        return new ReplicationOutput(Scenario, rows, panel);
    }

    [Test]
    public void SurvivalIsKaplanMeierPerBirthYearCohortWeightedBySize()
    {
        // Cohort of year 1 (born ticks 13–24): ids 1–4; 1 exits at age 6, 2 at age 30, 3 and 4 survive to the end (tick 60).
        // Cohort of year 2 (ticks 25–36): ids 5–6; 5 exits at age 12, 6 survives (censored at age 35).
        // Firms born in the burn-in (id 9) are not counted.
        var panel = new List<PanelRecord>
        {
            Firm(19, 1, 13, 3, exited: true), Firm(24, 2, 14, 3), Firm(44, 2, 14, 3, exited: true),
            Firm(24, 3, 20, 3), Firm(24, 4, 24, 3), Firm(36, 5, 25, 3), Firm(37, 5, 25, 3, exited: true), Firm(36, 6, 25, 3),
            Firm(24, 9, 5, 3), Firm(25, 9, 5, 3, exited: true),
        };
        var output = Output(panel);
        double At(int months) => StatisticEvaluator.Of(new Statistic { Kind = StatisticKind.Survival, Months = months }, output);
        // One year: cohort 1 has 3/4 past 12 months; cohort 2 has 1/2 (the exit at exactly 12 months counts by then).
        Assert.That(At(12), Is.EqualTo((0.75 * 4 + 0.5 * 2) / 6).Within(1e-12));
        // Three years: cohort 1: 1 − 1/4, then at 30 months 2 of 3 left at risk → 0.75 × 2/3 = 0.5; cohort 2 is not observed that long.
        Assert.That(At(36), Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void SizeSharesCountTheFirmsAliveAtTheLastPanelTick()
    {
        var panel = new List<PanelRecord> { Firm(48, 1, 0, 2), Firm(60, 1, 0, 2), Firm(60, 2, 0, 15), Firm(60, 3, 0, 600), Firm(60, 4, 0, 5), Firm(55, 5, 0, 9, exited: true) };
        var output = Output(panel);
        double Of(StatisticKind kind, int employees) => StatisticEvaluator.Of(new Statistic { Kind = kind, Employees = employees }, output);
        Assert.That(Of(StatisticKind.ShareOfFirmsBelow, 10), Is.EqualTo(0.5));
        Assert.That(Of(StatisticKind.ShareOfFirmsAtLeast, 500), Is.EqualTo(0.25));
        Assert.That(Of(StatisticKind.ShareOfEmploymentAtLeast, 500), Is.EqualTo(600.0 / 622).Within(1e-12));
    }

    [Test]
    public void TheInnovationActiveShareCountsEventsInTheWindowOfFirmsInTheClass()
    {
        // Yearly records at 36, 48, 60. Firm 1 (12 employees) innovated only at 36: inside a 36-month window, outside a 12-month one.
        var panel = new List<PanelRecord>
        {
            Firm(36, 1, 0, 12, innovations: 1), Firm(48, 1, 0, 12), Firm(60, 1, 0, 12),
            Firm(60, 2, 0, 20), Firm(60, 3, 0, 80, innovations: 2), Firm(60, 4, 0, 5, innovations: 1),
        };
        var output = Output(panel);
        Statistic Share(int months, int min, int? max) => new() { Kind = StatisticKind.InnovationActiveShare, Months = months, Firms = new() { MinEmployees = min, MaxEmployees = max } };
        Assert.That(StatisticEvaluator.Of(Share(36, 10, 49), output), Is.EqualTo(0.5));
        Assert.That(StatisticEvaluator.Of(Share(12, 10, 49), output), Is.EqualTo(0));
        var gradient = new Statistic { Kind = StatisticKind.InnovationActiveGradient, Months = 36, SizeClasses = [10, 50] };
        Assert.That(StatisticEvaluator.Of(gradient, output), Is.EqualTo(1 - 0.5), "10–49: 1 of 2 active; 50+: 1 of 1");
    }

    [Test]
    public void TheOriginShareCountsItsPopulationOnly()
    {
        var panel = new List<PanelRecord>
        {
            Firm(60, 1, 0, 5, origin: FirmOrigin.UniversitySpinoff, field: 1),
            Firm(60, 2, 0, 5, kind: FirmKind.Ntbf, field: 2),
            Firm(60, 3, 0, 5, origin: FirmOrigin.UniversitySpinoff, field: 6), // not high-tech
            Firm(60, 4, 0, 300, kind: FirmKind.Large, origin: FirmOrigin.UniversitySpinoff, field: 1), // not an SME
            Firm(60, 5, 0, 5, origin: FirmOrigin.SoftLanding, field: 1), // foreign
        };
        var share = new Statistic
        {
            Kind = StatisticKind.OriginShare, Origins = [FirmOrigin.UniversitySpinoff],
            Firms = new() { Kinds = [FirmKind.Sme, FirmKind.Ntbf], HighTech = true, Origins = [FirmOrigin.DeNovo, FirmOrigin.UniversitySpinoff] },
        };
        Assert.That(StatisticEvaluator.Of(share, Output(panel)), Is.EqualTo(0.5));
    }

    [Test]
    public void RatesAreYearlyFlowsOverTheFirmsAliveAtTheYearsStart()
    {
        // 100 firms alive throughout; 1 birth and 1 death a month: each year 12 / 100.
        var output = Output([], (t, name) => name switch { "firms_alive" => 100, "firm_births" => 1, "firm_deaths" => 1, _ => 0 });
        Assert.That(StatisticEvaluator.Of(new Statistic { Kind = StatisticKind.BirthRate }, output), Is.EqualTo(0.12).Within(1e-12));
        var ratio = new Statistic { Kind = StatisticKind.IndicatorMean, Indicators = ["firm_births"], Per = ["firm_deaths"], Window = StatisticWindow.WholeRun };
        Assert.That(StatisticEvaluator.Of(ratio, output), Is.EqualTo(1));
    }

    [Test]
    public void JobChangeRateAveragesTheYearlyMeasurementsThatHaveAYearBefore()
    {
        var output = Output([], (t, name) => name == "employer_change_share" ? t : 0);
        // Measurement ticks 24, 36, 48, 60 (12 had no year before it).
        Assert.That(StatisticEvaluator.Of(new Statistic { Kind = StatisticKind.JobChangeRate }, output), Is.EqualTo((24 + 36 + 48 + 60) / 4.0));
    }
}
