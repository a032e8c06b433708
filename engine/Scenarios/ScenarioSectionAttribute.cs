namespace ClusterSim.Engine.Scenarios;

/// <summary>
/// Marks a record as a mapping of named scenario keys (its public settable properties), which the loader binds,
/// the writer writes and docs and the JSON Schema describe. Records of every folder may be sections.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal class ScenarioSectionAttribute : Attribute;

/// <summary>
/// Marks a mechanism's parameter record, which sits beside its mechanism, as the section
/// <c>parameters.&lt;key&gt;</c>. <see cref="ModelParameters"/> finds every such record; <see cref="Order"/> places its
/// key among the others in written scenarios and docs (append a new section with the next number).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class ParameterSectionAttribute(string key) : ScenarioSectionAttribute
{
    public string Key { get; } = key;
    public int Order { get; init; }
}
