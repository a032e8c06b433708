using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Core;

/// <summary>
/// One step of a tick: a function over the state, and the mechanism switch that enables it
/// (null for bookkeeping phases that always run).
/// </summary>
public sealed record Phase(string Name, string? Switch, Action<SimulationState> Run)
{
    public bool IsEnabled(MechanismSwitches switches)
    {
        if (Switch is null) return true;
        var key = ScenarioSchema.KeysOf(typeof(MechanismSwitches)).First(k => k.Name == Switch);
        return (bool)key.Get(switches)!;
    }
}
