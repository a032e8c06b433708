using System.Text.RegularExpressions;
using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Incubation;
using ClusterSim.Engine.Mechanisms.Parks;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;
using ClusterSim.Loader;

namespace ClusterSim.Tests.Mechanisms;

/// <summary>The five park models, their accounts and their admission rules, on the all-institutions example.</summary>
public class ParkTests
{
    private const string File = "examples/all_institutions.yaml";

    private static Simulation Run(Scenario scenario, int ticks)
    {
        var sim = new Simulation(scenario, 0, new ChunkedExecutor(2, 1024));
        for (int t = 0; t < ticks; t++) sim.Step();
        return sim;
    }

    private static int Park(SimulationState s, string name) => s.Parks.Specs.Select(p => p.Name).ToList().IndexOf(name);

    [Test]
    public void APowerCapStopsAdmissionHoweverStrongDemandIs()
    {
        var scenario = SmallRegion.Scenario(File, "parameters.parks.application_rate_per_month=1");
        var sim = new Simulation(scenario, 0, new ChunkedExecutor(2, 1024));
        int zone = Park(sim.State, "alatau_zone"), capByPower = 30;
        int applicantsAtCap = 0;
        for (int t = 0; t < 96; t++)
        {
            sim.Step();
            Assert.That(sim.State.Parks.Tenants[zone], Is.LessThanOrEqualTo(t < 60 ? 20 : capByPower), $"tick {t}");
            if (t >= 60 && sim.State.Parks.Tenants[zone] == capByPower) applicantsAtCap += sim.State.Parks.Applicants[zone];
        }
        Assert.That(applicantsAtCap, Is.GreaterThan(0), "firms kept applying while the cap held");
    }

    [Test]
    public void RentIncomeIsTenantsTimesRentAndFees()
    {
        var sim = Run(SmallRegion.Scenario(File), 36);
        var parks = sim.State.Parks;
        for (int k = 0; k < parks.Count; k++)
        {
            if (parks.Specs[k].Model == ParkModel.RdCentred) continue; // adds licensing income
            var spec = parks.Specs[k];
            int paying = parks.Tenants[k] - parks.Admitted[k]; // this month's entrants pay from next month
            Assert.That(parks.IncomeUsd[k], Is.EqualTo(paying * (spec.RentUsdPerMonth + spec.ServiceFeeUsdPerMonth)).Within(1e-6), spec.Name);
            Assert.That(parks.SelfFunding[k], Is.EqualTo(parks.IncomeUsd[k] / parks.CostUsd[k]).Within(1e-12));
        }
    }

    [Test]
    public void EachModelAdmitsOnlyItsTenants()
    {
        var sim = Run(SmallRegion.Scenario(File, "parameters.parks.application_rate_per_month=0.2"), 48);
        var s = sim.State;
        var firms = s.Firms;
        var tenants = Enumerable.Range(0, firms.Count).Where(f => firms.Alive[f] && firms.Park[f] >= 0).ToArray();
        Assert.That(tenants.Select(f => s.Parks.Specs[firms.Park[f]].Model).Distinct().ToArray(), Has.Length.EqualTo(4), "every model but the campus has tenants");
        foreach (int f in tenants)
        {
            switch (s.Parks.Specs[firms.Park[f]].Model)
            {
                case ParkModel.CampusAppliedResearch: Assert.Fail("a campus park has no firm tenants"); break;
                case ParkModel.BicIncubator:
                    Assert.That(firms.ParkEntryTick[f] - firms.BirthTick[f], Is.LessThan(s.Parameters.Of<ParkParameters>().YoungFirmMonths), "young on entry");
                    Assert.That(s.Tick - firms.ParkEntryTick[f], Is.LessThanOrEqualTo(s.Parks.Specs[firms.Park[f]].MaxIncubationMonths), "graduates in time");
                    break;
                case ParkModel.RdCentred: Assert.That(firms.RdPerformer[f] || firms.Kind[f] == FirmKind.Ntbf || firms.ParkEntryTick[f] < s.Tick - 12); break;
                case ParkModel.IndustrialRestructuring: Assert.That(firms.Activity[f], Is.EqualTo(FirmActivity.Manufacturing)); break;
            }
            Assert.That(firms.Locality[f], Is.EqualTo(s.Parks.Specs[firms.Park[f]].Locality));
        }
    }

    [Test]
    public void AnIncubateeGraduatesOnlyAfterItsTimeOrAtTheGraduationSize()
    {
        var scenario = SmallRegion.Scenario(File);
        var sim = new Simulation(scenario, 0, new ChunkedExecutor(2, 1024));
        var s = sim.State;
        int incubator = Park(s, "city_incubator");
        int maxMonths = s.Parks.Specs[incubator].MaxIncubationMonths, size = s.Parameters.Of<IncubationParameters>().GraduationEmployees;
        // Incubatees at the end of the previous tick: entry tick and employees. Nobody is hired between the end
        // of a tick and the park phase of the next, so a firm graduating early had the graduation size already.
        var previous = new Dictionary<int, (int Entry, int Employees)>();
        int graduates = 0, early = 0;
        for (int t = 0; t < 96; t++)
        {
            sim.Step();
            var firms = s.Firms;
            foreach (var (f, (entry, employees)) in previous)
            {
                if (firms.Park[f] == incubator || !firms.Alive[f] || firms.AftercareUntilTick[f] != t + s.Parks.Specs[incubator].AftercareMonths) continue;
                graduates++;
                if (t - entry >= maxMonths) continue;
                early++;
                Assert.That(employees, Is.GreaterThanOrEqualTo(size), $"firm {f} graduated after {t - entry} months");
            }
            previous.Clear();
            for (int f = 0; f < firms.Count; f++)
                if (firms.Park[f] == incubator) previous[f] = (firms.ParkEntryTick[f], firms.Employees[f]);
        }
        Assert.That(graduates, Is.GreaterThan(0));
        Assert.That(early, Is.LessThan(graduates), "most stay their full term");
    }

    [Test]
    public void ParksServeAMinorityOfFirms()
    {
        // SF2 (TSER ¶8 L21–23): technology centres and parks serve only a minority of firms.
        var rows = SmallRegion.RunFile(File, 96, 0);
        var columns = IndicatorCatalog.SeriesOf(SmallRegion.Scenario(File));
        double tenants = columns.Select((c, i) => (c, i)).Where(x => x.c.Name.StartsWith("park_tenants_")).Sum(x => rows[^1][x.i]);
        Assert.That(tenants, Is.GreaterThan(0));
        Assert.That(tenants / rows[^1][IndicatorCatalog.FirmsAlive.Index], Is.LessThan(0.5));
    }

    [Test]
    public void StrictSelfFundingRaisesOccupancyButLowersTheInnovativeTenantShare()
    {
        // SF20 (WB:L158, L213): pressure to self-fund relaxes selection, filling the park with weaker tenants.
        string Yaml(double target) => Regex.Replace(System.IO.File.ReadAllText(TestPaths.Scenario(File)),
            "      production_incentive: 0.3\n", $"      production_incentive: 0.3\n      self_funding_target: {target}\n      selection_tech_weight: 0.9\n");
        double occupancy = 0, innovative = 0, occupancyStrict = 0, innovativeStrict = 0;
        foreach (int r in new[] { 0, 1, 2 })
        {
            foreach (double target in new[] { 0.0, 3.0 })
            {
                var scenario = ScenarioLoader.Parse(Yaml(target), "sf20.yaml", ["population.people=20000", "run.burn_in_ticks=0", "parameters.parks.admission_threshold=0.8"]);
                var sim = new Simulation(scenario, r, new ChunkedExecutor(2, 1024));
                int park = Park(sim.State, "industrial_park");
                double occ = 0, inn = 0;
                for (int t = 0; t < 96; t++)
                {
                    sim.Step();
                    if (t < 48) continue;
                    occ += sim.State.Parks.Tenants[park];
                    inn += sim.State.Parks.InnovativeTenants[park];
                }
                if (target == 0) { occupancy += occ; innovative += inn / Math.Max(occ, 1); }
                else { occupancyStrict += occ; innovativeStrict += inn / Math.Max(occ, 1); }
            }
        }
        Assert.That(occupancyStrict, Is.GreaterThan(occupancy));
        Assert.That(innovativeStrict, Is.LessThan(innovative));
    }
}
