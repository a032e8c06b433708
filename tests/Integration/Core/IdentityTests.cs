using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.State;
using static ClusterSim.Engine.Indicators.IndicatorCatalog;

namespace ClusterSim.Tests.Core;

/// <summary>Accounting identities of the indicators and consistency of the tables, every tick of a full run.</summary>
public class IdentityTests
{
    private Simulation _simulation = null!;
    private double[][] _rows = null!;

    [OneTimeSetUp]
    public void RunOnce()
    {
        _simulation = new Simulation(SmallRegion.Scenario(), 0, new ChunkedExecutor(2, 512));
        _rows = Enumerable.Range(0, 120).Select(_ => _simulation.Step().Row.Values).ToArray();
    }

    [Test]
    public void InnovationsAddUpByTypeByChannelAndByKind()
    {
        foreach (var v in _rows)
        {
            double total = v[InnovationsTotal.Index];
            Assert.That(v[InnovationsOriginal.Index] + v[InnovationsAdapted.Index] + v[InnovationsAdopted.Index], Is.EqualTo(total));
            Assert.That(Enumerable.Range(0, FirmTable.Channels).Sum(k => v[InnovationsFrom[k].Index]), Is.EqualTo(total));
            Assert.That(v[InnovationsProduct.Index] + v[InnovationsProcess.Index], Is.EqualTo(total));
        }
        Assert.That(_rows.Sum(v => v[InnovationsTotal.Index]), Is.GreaterThan(0));
    }

    [Test]
    public void FirmsChangeOnlyByBirthsAndDeaths()
    {
        for (int t = 1; t < _rows.Length; t++)
            Assert.That(_rows[t][FirmsAlive.Index], Is.EqualTo(_rows[t - 1][FirmsAlive.Index] + _rows[t][FirmBirths.Index] - _rows[t][FirmDeaths.Index]), $"tick {t}");
    }

    [Test]
    public void PopulationChangesOnlyByGraduatesMigrantsAndRetirements()
    {
        for (int t = 1; t < _rows.Length; t++)
        {
            var v = _rows[t];
            Assert.That(v[Population.Index], Is.EqualTo(_rows[t - 1][Population.Index] + v[Graduates.Index] + v[MigrantsIn.Index] - v[MigrantsOut.Index] - v[Retirements.Index]), $"tick {t}");
        }
        Assert.That(_rows.Sum(v => v[Graduates.Index]) * _rows.Sum(v => v[Retirements.Index]) * _rows.Sum(v => v[MigrantsIn.Index]) * _rows.Sum(v => v[MigrantsOut.Index]), Is.GreaterThan(0));
    }

    [Test]
    public void EmployeeCountsMatchThePeopleWhoWorkThere()
    {
        var s = _simulation.State;
        var firmCounts = new int[s.Firms.Count];
        var instCounts = new int[s.Institutions.Count];
        for (int i = 0; i < s.People.Count; i++)
        {
            if (!s.People.Present[i])
            {
                Assert.That(s.People.IsEmployed(i), Is.False, "a person who left has no employer");
                continue;
            }
            Assert.That(s.People.Employer[i] < 0 || s.People.Institution[i] < 0, "one employer at most");
            if (s.People.Employer[i] >= 0)
            {
                Assert.That(s.Firms.Alive[s.People.Employer[i]], "employers are alive");
                firmCounts[s.People.Employer[i]]++;
            }
            if (s.People.Institution[i] >= 0) instCounts[s.People.Institution[i]]++;
        }
        for (int f = 0; f < s.Firms.Count; f++)
            if (s.Firms.Alive[f]) Assert.That(s.Firms.Employees[f], Is.EqualTo(firmCounts[f]), $"firm {f}");
        Assert.That(s.Institutions.Researchers, Is.EqualTo(instCounts));
    }

    [Test]
    public void NoNaNAndNoNegativeStocks()
    {
        foreach (var v in _rows) Assert.That(v, Has.All.Matches<double>(double.IsFinite));
        foreach (var v in _rows) Assert.That(v[..Wage.Index].Where((_, i) => i != KnowledgeTransferred.Index), Has.All.GreaterThanOrEqualTo(0));
        var firms = _simulation.State.Firms;
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            Assert.That(firms.KnowledgeOf(f).ToArray(), Has.All.Matches<float>(x => float.IsFinite(x) && x >= 0), $"firm {f}");
            Assert.That(firms.Employees[f], Is.GreaterThanOrEqualTo(0));
            Assert.That(float.IsFinite(firms.Productivity[f]) && firms.Productivity[f] > 0);
        }
        Assert.That(_simulation.State.People.Expertise.Take(_simulation.State.People.Count), Has.All.Matches<float>(x => float.IsFinite(x) && x >= 0));
    }

    /// <summary>The indicators of the firm-and-people core that a baseline run must move.</summary>
    internal static readonly string[] CoreIndicators =
        [
        "firms_alive", "firm_births", "firm_deaths", "employment", "unemployment_rate", "population", "mean_firm_size",
            "knowledge_mean", "knowledge_p90", "rd_spend", "productivity_mean", "innovations_total", "innovations_original",
            "innovations_adapted", "innovations_adopted", "innovations_from_internal", "innovations_from_customer",
            "innovations_from_supplier", "innovations_from_peer", "innovations_from_university", "innovations_from_research_institute",
            "innovations_from_hire", "innovations_from_parent", "innovations_from_multinational", "innovations_from_import",
            "spinoffs_university", "spinoffs_research_institute", "spinoffs_corporate", "spinoffs_sme", "job_to_job_moves",
            "graduates_hired", "retirements", "migrants_in", "migrants_out", "ties_collaboration", "ties_supplier", "ties_parent", "ties_external",
        ];

    [Test]
    public void EveryCoreIndicatorMovesOverTheRun()
    {
        foreach (var name in CoreIndicators)
            Assert.That(_rows.Sum(v => v[IndexOf(name)]), Is.GreaterThan(0), name);
    }
}
