using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Generation;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Measurement;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Model;

/// <summary>
/// One replication of a scenario: the generated region and the schedule, stepped a tick at a time.
/// The model knows nothing of its runner: it takes a scenario, a replication number and an executor,
/// and hands indicator rows to whoever reads them.
/// </summary>
public sealed class Simulation
{
    private readonly IPhase[] _enabled;

    public Simulation(Scenario scenario, int replication, ChunkedExecutor executor)
        : this(RegionGenerator.Generate(scenario, replication, executor))
    {
    }

    /// <summary>Continues from a state restored from a checkpoint (<see cref="Checkpoints.Checkpoint.Restore"/>).</summary>
    internal Simulation(SimulationState state)
    {
        State = state;
        _enabled = Schedule.Phases.Where(p => p.IsEnabled(state.Scenario.Mechanisms)).Select(p => p.Create()).ToArray();
    }

    internal SimulationState State { get; }
    public Scenario Scenario => State.Scenario;

    public int Replication => State.Replication;

    /// <summary>The next tick to simulate: ticks 0 … Tick − 1 are done.</summary>
    public int Tick => State.Tick;

    /// <summary>When set, each tick also gives the firm-level panel records (<see cref="TickResult.Panel"/>).</summary>
    public bool RecordsPanel { get; set; }

    /// <summary>Simulates tick <see cref="SimulationState.Tick"/> and returns its indicators (and panel records); the state then stands at the next tick.</summary>
    public TickResult Step()
    {
        State.Flows.Clear();
        State.Policy.StartTick(State.Tick);
        State.ExitedThisTick.Clear();
        foreach (var phase in _enabled) phase.Run(State);
        var row = new IndicatorRow(State.Replication, State.Tick, ComputeIndicators.Compute(State), ComputeBreakdowns.Compute(State));
        var panel = RecordsPanel ? FirmPanel.Collect(State) : [];
        State.Tick++;
        return new TickResult(row, panel);
    }
}
