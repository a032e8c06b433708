namespace ClusterSim.Runner.Checkpoints;

/// <summary>The checkpoint a run continued from, as its manifest records it.</summary>
/// <param name="Path">Absolute path of the file.</param>
/// <param name="Sha256">SHA-256 of its contents.</param>
/// <param name="Replication">The replication it holds.</param>
/// <param name="Tick">The tick it was taken at.</param>
public sealed record CheckpointReference(string Path, string Sha256, int Replication, int Tick)
{
    public static CheckpointReference Of(CheckpointFile checkpoint) =>
        new(System.IO.Path.GetFullPath(checkpoint.Path), checkpoint.Contents.Sha256, checkpoint.Contents.Replication, checkpoint.Contents.Tick);
}
