using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Mechanisms.Labour;
using ClusterSim.Engine.Mechanisms.Ties;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;
using ClusterSim.Loader;

namespace ClusterSim.Tests;

/// <summary>
/// A hand-made region for testing one phase: a scenario's settings and a few firms and people placed by hand,
/// without generating a region. Firms start with no ties, no knowledge and no staff; people start unemployed.
/// </summary>
/// <example><code>
/// var region = new TestRegion("institutions: {parks: [{name: p, model: bic_incubator}]}");
/// int a = region.AddFirm(knowledge: 0.5f, park: 0), b = region.AddFirm(knowledge: 5f, park: 0);
/// var s = region.State;
/// new LearnFromCoTenants().Run(s);
/// </code></example>
internal sealed class TestRegion
{
    /// <param name="yaml">Scenario sections added to a minimal scenario (one tick, two localities, eight fields).</param>
    /// <param name="overrides"><c>key.path=value</c> overrides, as on the command line.</param>
    public TestRegion(string yaml = "", params string[] overrides)
    {
        var scenario = ScenarioLoader.Parse("format_version: 1\nname: test\nrun: {ticks: 1, seed: 1}\nregion: {localities: 2, fields: 8}\npopulation: {people: 10}\n" + yaml, "test-region.yaml", overrides);
        var firms = new FirmTable(scenario.Region.Fields, scenario.Parameters.Of<TieParameters>().MaxTiesPerFirm, 16);
        var institutions = new InstitutionTable(scenario.Institutions.KnowledgeInstitutions, firms.Stride);
        State = new SimulationState(scenario, 0, new ChunkedExecutor(1, 64), firms, new PersonTable(16), institutions);
    }

    /// <summary>The state a phase runs on.</summary>
    public SimulationState State { get; }

    /// <summary>Adds an alive firm; returns its row.</summary>
    /// <param name="knowledge">Its knowledge in its own field (level and absorptive capacity follow).</param>
    /// <param name="park">The park it is a tenant of, or −1.</param>
    /// <remarks>It pays market.wage_per_month until a market phase sets its wage.</remarks>
    public int AddFirm(FirmKind kind = FirmKind.Sme, int field = 0, int locality = 0, float knowledge = 0, int park = -1, double cashUsd = 0)
    {
        var firms = State.Firms;
        int f = firms.Add(EntityKey.Initial(EntityKey.Table.Firm, firms.Count), kind, FirmOrigin.DeNovo, 0, 0, 0, locality, field);
        firms.KnowledgeOf(f)[field] = knowledge;
        AbsorptiveCapacity.Refresh(firms, f, knowledge, State.Parameters.Of<TransferParameters>().AcHalfSaturation);
        firms.Park[f] = park;
        firms.CashUsd[f] = cashUsd;
        firms.Wage[f] = (float)State.Parameters.Of<ClusterSim.Engine.Mechanisms.Market.MarketParameters>().WagePerMonth;
        return f;
    }

    /// <summary>Adds a person of working age; with <paramref name="employer"/> ≥ 0, employed by that firm. Returns the row.</summary>
    public int AddPerson(int employer = -1, int field = 0, int locality = 0, float skill = 0.5f, float expertise = 0, int ageMonths = 35 * 12)
    {
        var people = State.People;
        int p = people.Add(EntityKey.Initial(EntityKey.Table.Person, people.Count), ageMonths, locality, field, skill, expertise);
        if (employer >= 0) Employment.JoinFirm(State, p, employer);
        return p;
    }

    /// <summary>Adds a researcher of knowledge institution <paramref name="institution"/> (a row of the scenario's <c>knowledge_institutions</c>); returns the row.</summary>
    public int AddResearcher(int institution, int field = 0, float skill = 0.5f, float expertise = 0, int ageMonths = 40 * 12)
    {
        int p = AddPerson(field: field, locality: State.Institutions.Locality[institution], skill: skill, expertise: expertise, ageMonths: ageMonths);
        Employment.JoinInstitution(State, p, institution);
        return p;
    }

    /// <summary>Ties <paramref name="firm"/> to <paramref name="partner"/> in its first free slot.</summary>
    public void Tie(int firm, int partner, TieLayer layer = TieLayer.Collaboration, float weight = 1)
    {
        var firms = State.Firms;
        for (int j = firm * firms.TieSlots; j < (firm + 1) * firms.TieSlots; j++)
        {
            if (firms.TieTarget[j] != FirmTable.NoPartner) continue;
            firms.TieTarget[j] = partner;
            firms.TieKind[j] = layer;
            firms.TieWeight[j] = weight;
            return;
        }
        throw new InvalidOperationException($"firm {firm} has no free tie slot");
    }
}
