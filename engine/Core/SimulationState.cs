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
public sealed class SimulationState
{
    public SimulationState(Scenario scenario, int replication, ChunkedExecutor executor, FirmTable firms, PersonTable people)
    {
        Scenario = scenario;
        Replication = replication;
        Executor = executor;
        Random = new RandomSource(unchecked((ulong)scenario.Run.Seed + (ulong)replication));
        Firms = firms;
        People = people;
        Institutions = new InstitutionTable(scenario.Institutions.KnowledgeInstitutions, firms.Stride);
        Parks = new ParkTable(scenario.Institutions.Parks);
    }

    public Scenario Scenario { get; }
    public ModelParameters Parameters => Scenario.Parameters;
    public int Replication { get; }
    public ChunkedExecutor Executor { get; }
    public RandomSource Random { get; }

    public FirmTable Firms { get; }
    public PersonTable People { get; }
    public InstitutionTable Institutions { get; }
    public ParkTable Parks { get; }

    /// <summary>The tick being simulated (0-based; tick t is month Start + t).</summary>
    public int Tick { get; internal set; }

    /// <summary>Flows counted by the phases of the current tick; cleared when a tick starts.</summary>
    public TickCounters Counters;

    /// <summary>Firms grouped by locality and by field, rebuilt where phases need partners.</summary>
    public FirmNeighbourhoods Neighbourhoods { get; } = new();

    /// <summary>Employment-weighted mean productivity of alive firms at the last market phase.</summary>
    public double MeanProductivity { get; internal set; } = 1;

    /// <summary>The regional wage set by the market phase from the wage curve.</summary>
    public double WageUsdPerMonth { get; internal set; }

    /// <summary>Entry opportunity per field (1 = a normal year), set by the market phase.</summary>
    public double[] FieldOpportunity { get; internal set; } = [];

    /// <summary>Mean own-field knowledge of alive firms per field, set by the market phase.</summary>
    public double[] FieldKnowledge { get; internal set; } = [];

    // Scratch reused by phases; sized on first use.
    internal readonly ChunkBuffers<Proposal> HireProposals = new();
    internal readonly ChunkBuffers<int> RowProposals = new();
    internal Proposal[] ProposalScratch = [];
    internal readonly Mechanisms.Labour.VacancyMarket VacancyMarket = new();
}

/// <summary>The flows of one tick that indicators report and no table holds.</summary>
public struct TickCounters
{
    public int Births;
    public int Deaths;
    public int Hires;
    public int Separations;
    public double RdSpendUsd;
    public double KnowledgeTransferred;
    public double PublicSpendRdSubsidyUsd;
}
