using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Policies;

/// <summary>
/// The levers in force this tick: each lever's level (its schedule at the tick) and target, resolved once
/// a tick so mechanisms read numbers, not strings. Unscheduled levers are at level 0. Public spending is
/// booked per lever, for the <c>public_spend_&lt;lever&gt;</c> columns.
/// </summary>
internal sealed class PolicyState
{
    private readonly PolicySchedule?[] _schedules = new PolicySchedule?[Levers.All.Count];
    private readonly PolicyTarget[] _targets = new PolicyTarget[Levers.All.Count];
    private readonly double[] _levels = new double[Levers.All.Count];

    public PolicyState(Scenario scenario)
    {
        foreach (var lever in Levers.All)
        {
            _targets[lever.Index] = PolicyTarget.Everyone;
            if (!scenario.Policies.TryGetValue(lever.Name, out var schedule)) continue;
            _schedules[lever.Index] = schedule;
            _targets[lever.Index] = PolicyTarget.Parse(schedule.Target, lever, scenario, out string error)
                ?? throw new InvalidOperationException(error); // the validator has already refused this
        }
    }

    /// <summary>Public spending per lever during the current tick (USD; negative for revenue such as a levy).</summary>
    public double[] Spend { get; } = new double[Levers.All.Count];

    public void StartTick(int tick)
    {
        Array.Clear(Spend);
        for (int i = 0; i < _levels.Length; i++) _levels[i] = _schedules[i]?.LevelAt(tick) ?? 0;
    }

    public double Level(Lever lever) => _levels[lever.Index];

    public PolicyTarget Target(Lever lever) => _targets[lever.Index];

    /// <summary>The lever's level for firm <paramref name="f"/>: its level if the target covers the firm, else 0.</summary>
    public double LevelFor(Lever lever, FirmTable firms, int f) =>
        _levels[lever.Index] != 0 && _targets[lever.Index].Covers(firms, f) ? _levels[lever.Index] : 0;

    /// <summary>The lever's level for park or institution <paramref name="index"/>.</summary>
    public double LevelFor(Lever lever, TargetScope scope, int index) =>
        _levels[lever.Index] != 0 && _targets[lever.Index].Covers(scope, index) ? _levels[lever.Index] : 0;
}
