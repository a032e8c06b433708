namespace ClusterSim.Loader;

/// <summary>
/// One problem with a scenario, printed as <c>FILE:LINE:COL: error: key.path: message</c>; a warning (a setting
/// that is valid but cannot act as written) as <c>FILE:LINE:COL: warning: …</c>.
/// </summary>
public sealed record ScenarioError(SourcePosition Position, string KeyPath, string Message, bool IsWarning = false)
{
    public override string ToString()
    {
        string kind = IsWarning ? "warning" : "error";
        return KeyPath.Length == 0 ? $"{Position}: {kind}: {Message}" : $"{Position}: {kind}: {KeyPath}: {Message}";
    }
}

/// <summary>Thrown when a scenario (or its overrides) is invalid; carries every error found.</summary>
public sealed class ScenarioException(IReadOnlyList<ScenarioError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ScenarioError> Errors { get; } = errors;
}
