namespace ClusterSim.Engine.Scenarios;

/// <summary>
/// Documents and constrains one scenario key. The loader enforces <see cref="Min"/>/<see cref="Max"/>
/// and <see cref="Required"/>; docs and the resolved-scenario writer read the rest.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class ParamAttribute(string doc) : Attribute
{
    public string Doc { get; } = doc;
    /// <summary>The YAML key when snake_case of the property name will not do.</summary>
    public string? Key { get; init; }
    public string Unit { get; init; } = "";
    public double Min { get; init; } = double.NegativeInfinity;
    public double Max { get; init; } = double.PositiveInfinity;
    public bool Required { get; init; }
    /// <summary>Seed passage, literature or "calibrated": where the default comes from.</summary>
    public string Source { get; init; } = "";
}
