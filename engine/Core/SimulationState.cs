using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Core;

/// <summary>
/// Everything a tick reads and writes: the tables, the run's random numbers, the executor, the
/// tick's counters, and the scratch buffers phases reuse. Phases are functions over this; the state
/// holds no behaviour, so it can be checkpointed as data.
/// </summary>
public sealed class SimulationState
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
        FieldOpportunity = Enumerable.Repeat(1.0, fields).ToArray();
        FieldKnowledge = new double[fields * firms.Stride];
        for (int k = 0; k < fields; k++) FieldKnowledge[k * firms.Stride + k] = scenario.Population.InitialKnowledge;
        FieldExpertise = Enumerable.Repeat(scenario.Population.InitialKnowledge, fields).ToArray();
        FieldDemand = new double[fields];
        Frontier = new float[firms.Stride];
        HighTechFields = (int)Math.Round(fields * scenario.Region.HighTechFieldShare);
        LocalityCumulative = Generation.RegionGenerator.LocalityCumulative(scenario.Region);
        Policy = new Policies.PolicyState(scenario);
        FundBudgetLeft = new double[scenario.Institutions.Funds.Count];
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

    /// <summary>Flows counted by the phases of the current tick; cleared when a tick starts.</summary>
    public TickFlows Flows { get; } = new();

    /// <summary>Cumulative locality size weights, for drawing where a newcomer settles.</summary>
    public double[] LocalityCumulative { get; }

    /// <summary>Fields 0 … HighTechFields − 1 are high-tech.</summary>
    public int HighTechFields { get; }
    public bool IsHighTech(int field) => field < HighTechFields;

    /// <summary>Firms grouped by locality and by field, rebuilt where phases need partners.</summary>
    public FirmNeighbourhoods Neighbourhoods { get; } = new();

    /// <summary>Employment-weighted mean productivity of alive firms at the last market phase.</summary>
    public double MeanProductivity { get; internal set; } = 1;

    /// <summary>The regional wage set by the market phase from the wage curve.</summary>
    public double WageUsdPerMonth { get; internal set; }

    /// <summary>Entry opportunity per field (1 = a normal margin), set by the market phase.</summary>
    public double[] FieldOpportunity { get; }

    /// <summary>Mean knowledge row (firm stride) of the alive firms of each field, set by the market phase.</summary>
    public double[] FieldKnowledge { get; }

    /// <summary>Mean expertise of employed people per field, set by the on-the-job learning phase.</summary>
    public double[] FieldExpertise { get; }

    /// <summary>Log demand index per field (AR(1)), set by the market phase.</summary>
    public double[] FieldDemand { get; }

    /// <summary>Knowledge of the world outside the region, per field (padded to the firm stride).</summary>
    public float[] Frontier { get; }

    /// <summary>When set, the panel phase writes a record of every alive firm every 12th tick and of every exit.</summary>
    [Checkpoints.NotCheckpointed]
    public bool PanelEnabled { get; set; }
    public List<PanelRecord> Panel { get; } = [];

    internal readonly List<int> ExitedThisTick = [];

    /// <summary>The 90th percentile of alive firms' knowledge levels at the end of the last tick (at the start, of the generated region), set by the rank_knowledge phase.</summary>
    public double KnowledgeP90 { get; internal set; }

    /// <summary>Unemployment rate at the last market phase.</summary>
    public double Unemployment { get; internal set; }

    /// <summary>Demand for technology services (1 without procurement), set by the demand-pull phase (M18).</summary>
    public double DemandIndex { get; internal set; } = 1;
    /// <summary>Share of purchases the procurement programme directs to local innovative firms this tick.</summary>
    public double ProcurementShare { get; internal set; }

    /// <summary>What each fund may still place this year, in scenario order.</summary>
    public double[] FundBudgetLeft { get; }
    /// <summary>What is left this year of the public seed money of the seed_fund_budget lever.</summary>
    public double PublicSeedLeft { get; internal set; }
}
