using ClusterSim.Engine.Mechanisms.Firms;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Mechanisms.Labour;
using ClusterSim.Engine.Mechanisms.Market;
using ClusterSim.Engine.Mechanisms.Ties;

namespace ClusterSim.Engine.Core;

/// <summary>
/// The order of a tick, in one place. Adding a mechanism is a file under Mechanisms/ and one line here;
/// docs/model.md lists the same phases (a test keeps the two equal). Indicators are computed after the
/// last phase by <see cref="Simulation.Step"/>.
/// </summary>
public static class Schedule
{
    public static IReadOnlyList<Phase> Phases { get; } =
    [
        new("create_knowledge", "knowledge_creation", CreateKnowledge.Run),
        new("learn_from_ties", "firm_transfer", LearnFromTies.Run),
        new("form_and_decay_ties", "ties", FormAndDecayTies.Run),
        new("produce_and_sell", "market", ProduceAndSell.Run),
        new("separate_workers", "labour_mobility", SeparateWorkers.Run),
        new("hire_workers", "labour_mobility", HireWorkers.Run),
        new("exit_firms", "exit", ExitFirms.Run),
        new("enter_firms", "entry", EnterFirms.Run),
    ];
}
