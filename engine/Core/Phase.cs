using System.Linq.Expressions;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Core;

/// <summary>
/// One step of a tick, a function over the state. An instance belongs to one simulation and may keep scratch
/// buffers from tick to tick (never model state: a checkpoint does not save a phase, and a restored simulation
/// starts with fresh ones).
/// </summary>
internal interface IPhase
{
    void Run(SimulationState s);
}

/// <summary>What a phase does, in a few words: the phase table of docs/model.md §3 is generated from it.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class PhaseSummaryAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}

/// <summary>A mechanism switch, named by a typed accessor of <see cref="MechanismSwitches"/> (<c>m =&gt; m.Demography</c>).</summary>
internal sealed class MechanismSwitch
{
    private readonly Func<MechanismSwitches, bool> _isOn;

    private MechanismSwitch(string key, Func<MechanismSwitches, bool> isOn)
    {
        Key = key;
        _isOn = isOn;
    }

    /// <summary>The scenario key under <c>mechanisms</c>.</summary>
    public string Key { get; }

    public bool IsOn(MechanismSwitches switches) => _isOn(switches);

    public static MechanismSwitch Of(Expression<Func<MechanismSwitches, bool>> accessor)
    {
        var property = (accessor.Body as MemberExpression)?.Member
            ?? throw new ArgumentException("a switch is a property of MechanismSwitches, as in m => m.Demography", nameof(accessor));
        string key = ScenarioSchema.KeysOf(typeof(MechanismSwitches)).Single(k => k.Property?.Name == property.Name).Name;
        return new MechanismSwitch(key, accessor.Compile());
    }
}

/// <summary>
/// A phase of the schedule: its name (snake_case of its class), the switch that turns it off (null: it always
/// runs) and a factory for one simulation's instance.
/// </summary>
internal sealed class Phase
{
    private readonly Func<IPhase> _create;

    private Phase(Type type, MechanismSwitch? @switch, Func<IPhase> create)
    {
        Name = ScenarioSchema.SnakeCase(type.Name);
        Type = type;
        Switch = @switch;
        _create = create;
    }

    public string Name { get; }
    public Type Type { get; }
    public MechanismSwitch? Switch { get; }

    /// <summary>What the phase does (its <see cref="PhaseSummaryAttribute"/>).</summary>
    public string Summary => System.Reflection.CustomAttributeExtensions.GetCustomAttribute<PhaseSummaryAttribute>(Type)?.Text ?? "";

    /// <summary>A phase that runs while <paramref name="switch"/> is on.</summary>
    public static Phase Of<T>(Expression<Func<MechanismSwitches, bool>> @switch) where T : IPhase, new() =>
        new(typeof(T), MechanismSwitch.Of(@switch), () => new T());

    /// <summary>A bookkeeping phase that every tick needs, whatever the switches.</summary>
    public static Phase Always<T>() where T : IPhase, new() => new(typeof(T), null, () => new T());

    public bool IsEnabled(MechanismSwitches switches) => Switch?.IsOn(switches) ?? true;

    public IPhase Create() => _create();
}
