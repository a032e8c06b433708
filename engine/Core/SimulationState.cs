using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Core;

/// <summary>
/// Everything a tick reads and writes: the tables, the run's random numbers, the executor, the
/// tick's counters, and the scratch buffers phases reuse. Phases are functions over this; the state
/// holds no behaviour, so it can be checkpointed as data.
/// </summary>
internal sealed class SimulationState
{
    public SimulationState(Scenario scenario, int replication, ChunkedExecutor executor, FirmTable firms, PersonTable people, InstitutionTable institutions)
    {
        Scenario = scenario;
        Replication = replication;
        Executor = executor;
        Random = new RandomSource(unchecked((ulong)scenario.Run.SeedOf(replication)));
        Firms = firms;
        People = people;
        Institutions = institutions;
        Parks = new ParkTable(scenario.Institutions.Parks, scenario.Institutions.KnowledgeInstitutions);
        RegionKey = EntityKey.Initial(EntityKey.Table.Region, 0);
        int fields = scenario.Region.Fields;
        Region = new RegionalState(fields, firms.Stride, scenario.Population.InitialKnowledge, scenario.Institutions.Funds.Count, scenario.Region.Localities);
        HighTechFields = scenario.Region.HighTechFields;
        LocalityCumulative = WeightedPicks.LocalityCumulative(scenario.Region);
        Policy = new Policies.PolicyState(scenario);
    }

    public Scenario Scenario { get; }
    public ModelParameters Parameters => Scenario.Parameters;
    public int Replication { get; }
    public ChunkedExecutor Executor { get; }
    public RandomSource Random { get; }
    /// <summary>Key of the region itself: the creator of immigrants.</summary>
    public ulong RegionKey { get; }

    public FirmTable Firms { get; }
    public PersonTable People { get; }
    public InstitutionTable Institutions { get; }
    public ParkTable Parks { get; }

    /// <summary>The tick being simulated (0-based; tick t is month Start + t).</summary>
    public int Tick { get; internal set; }

    /// <summary>The levers in force this tick and the public spending booked on them.</summary>
    public Policies.PolicyState Policy { get; }

    /// <summary>The region's own variables, each with its one writing phase.</summary>
    public RegionalState Region { get; }

    /// <summary>Flows counted by the phases of the current tick; cleared when a tick starts.</summary>
    public TickFlows Flows { get; } = new();

    /// <summary>Cumulative locality size weights, for drawing where a newcomer settles.</summary>
    public double[] LocalityCumulative { get; }

    /// <summary>Fields 0 … HighTechFields − 1 are high-tech.</summary>
    public int HighTechFields { get; }
    public bool IsHighTech(int field) => field < HighTechFields;

    /// <summary>Alive firms by locality, field and park, rebuilt by the rebuild_neighbourhoods phase at the points the schedule names.</summary>
    public FirmNeighbourhoods Neighbourhoods { get; } = new();

    internal readonly List<int> ExitedThisTick = [];
}
