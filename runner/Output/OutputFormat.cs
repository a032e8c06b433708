namespace ClusterSim.Runner.Output;

/// <summary>
/// The version of the output contract: file names, table columns and their meaning. It moves when a change
/// alters what an existing reader of the outputs would see; docs/outputs.md keeps the changelog by version.
/// </summary>
public static class OutputFormat
{
    public const int Version = 6;
}
