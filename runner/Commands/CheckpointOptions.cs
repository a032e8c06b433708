using System.CommandLine;

namespace ClusterSim.Runner.Commands;

/// <summary>The checkpoint options of <c>run</c> and <c>resume</c>.</summary>
internal sealed class CheckpointOptions
{
    public Option<int?> Every { get; } = new("--checkpoint-every")
    {
        Description = "Write the whole state every N ticks of each replication (at ticks N, 2N, ...), to resume from with clustersim resume.",
    };

    public Option<string?> Folder { get; } = new("--checkpoint-dir")
    {
        Description = "Where checkpoints go (default: the output folder's path with .checkpoints appended).",
    };

    public IEnumerable<Option> All => [Every, Folder];
}
