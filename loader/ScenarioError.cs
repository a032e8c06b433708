namespace ClusterSim.Loader;

/// <summary>One problem with a scenario, printed as <c>FILE:LINE:COL: error: key.path: message</c>.</summary>
public sealed record ScenarioError(SourcePosition Position, string KeyPath, string Message)
{
    public override string ToString() =>
        KeyPath.Length == 0 ? $"{Position}: error: {Message}" : $"{Position}: error: {KeyPath}: {Message}";
}

/// <summary>Thrown when a scenario (or its overrides) is invalid; carries every error found.</summary>
public sealed class ScenarioException(IReadOnlyList<ScenarioError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ScenarioError> Errors { get; } = errors;
}
