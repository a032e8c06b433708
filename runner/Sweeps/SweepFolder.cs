using System.Text.Json;
using ClusterSim.Runner.Output;

namespace ClusterSim.Runner.Sweeps;

/// <summary>A shard of a sweep: shard <paramref name="Index"/> of <paramref name="Count"/> runs the runs whose order is Index modulo Count.</summary>
public sealed record SweepShard(int Index, int Count)
{
    public static readonly SweepShard Whole = new(0, 1);

    public bool Holds(SweepRun run) => run.Order % Count == Index;

    public override string ToString() => $"{Index}/{Count}";

    /// <summary>Parses <c>I/N</c> (0-based, I &lt; N).</summary>
    public static SweepShard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], System.Globalization.NumberStyles.None, null, out int i)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, null, out int n) && n >= 1 && i < n)
            return new SweepShard(i, n);
        throw new BadInputException($"--shard {text}: expected I/N with 0 ≤ I < N (e.g. 0/4)");
    }
}

/// <summary>
/// What a sweep folder says about itself (<c>sweep.json</c>, written when the folder is started, and
/// <c>manifest.json</c>, written last when every run of the shard is in the final tables): which sweep file and
/// overrides (the fingerprint), which shard, how many runs. A restart resumes only the same sweep and shard; merge
/// combines only shards of one sweep.
/// </summary>
public sealed record SweepManifest(
    int OutputFormatVersion,
    string EngineVersion,
    string? GitCommit,
    string Sweep,
    string File,
    string Fingerprint,
    IReadOnlyList<string> Overrides,
    int ShardIndex,
    int ShardCount,
    int RunsTotal,
    int Runs,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Parameters,
    IReadOnlyList<string> Outputs,
    bool Series,
    int? Threads,
    string StartedUtc,
    double? WallTimeSeconds)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public const string StartFile = "sweep.json", DoneFile = "manifest.json";

    public static SweepManifest For(SweepPlan plan, SweepShard shard, int threads, DateTime started) => new(
        OutputFormat.Version, BuildInfo.EngineVersion, BuildInfo.GitCommit, plan.File.Name, plan.Path, plan.Fingerprint, plan.Set,
        shard.Index, shard.Count, plan.Runs.Count, plan.Runs.Count(shard.Holds),
        plan.Runs.Count > 0 ? plan.Runs[0].Point.Labels.Select(l => l.Name).ToArray() : [], plan.Parameters.Select(p => p.Key).ToArray(), plan.Outputs.Select(o => o.Name).ToArray(),
        plan.File.Sweep.Series.Count > 0, threads, started.ToString("O"), null);

    /// <summary>The columns of the folder's tables.</summary>
    public SweepColumns Columns => new(Labels, Parameters, Outputs);

    public void WriteTo(string path) => SweepJournal.WriteDurably(path, p => System.IO.File.WriteAllText(p, JsonSerializer.Serialize(this, Json) + "\n"));

    /// <summary>The manifest at <paramref name="path"/>, or null when there is none; a file that is not one is bad input.</summary>
    public static SweepManifest? Read(string path)
    {
        if (!System.IO.File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<SweepManifest>(System.IO.File.ReadAllText(path), Json)
                ?? throw new BadInputException($"{path}: empty");
        }
        catch (JsonException e)
        {
            throw new BadInputException($"{path}: not a sweep manifest ({e.Message})");
        }
    }
}
