using System.Reflection;

namespace ClusterSim.Engine.Scenarios;

/// <summary>
/// The <c>parameters</c> section: one record per mechanism, each beside its mechanism and marked with
/// <see cref="ParameterSectionAttribute"/>, found here by that attribute, so adding a mechanism's parameters
/// touches no file of this folder. The seeds give almost no behavioural rates (model-brief §0), so each
/// default is a modelling assumption marked "calibrated" until pattern-oriented calibration against
/// validation-targets.md replaces it.
/// </summary>
[ScenarioSection]
public sealed class ModelParameters
{
    /// <summary>The parameter records in key order.</summary>
    internal static readonly (Type Type, ParameterSectionAttribute Section)[] Sections = typeof(ModelParameters).Assembly.GetTypes()
        .Select(t => (Type: t, Section: t.GetCustomAttribute<ParameterSectionAttribute>()!))
        .Where(x => x.Section is not null)
        .OrderBy(x => x.Section.Order)
        .ToArray();

    private readonly object[] _values = Sections.Select(s => Activator.CreateInstance(s.Type)!).ToArray();

    /// <summary>The parameters of one mechanism, e.g. <c>Of&lt;MarketParameters&gt;()</c>.</summary>
    public T Of<T>() where T : class => (T)_values[Slot<T>.Index];

    /// <summary>Equal when every parameter record is equal, as the records of the other sections are.</summary>
    public override bool Equals(object? obj) => obj is ModelParameters other && _values.SequenceEqual(other._values);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in _values) hash.Add(value);
        return hash.ToHashCode();
    }

    internal object Get(int section) => _values[section];

    internal void Set(int section, object value) => _values[section] = value;

    private static class Slot<T>
    {
        public static readonly int Index = Array.FindIndex(Sections, s => s.Type == typeof(T)) is var i and >= 0
            ? i : throw new InvalidOperationException($"{typeof(T).Name} has no [ParameterSection]");
    }
}
