using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClusterSim.Loader;

namespace ClusterSim.Runner.Output;

/// <summary>Provenance of a run: what produced its numbers, so a reader can tell exactly and reproduce them.</summary>
public sealed record Manifest(
    int OutputFormatVersion,
    string EngineVersion,
    string? GitCommit,
    IReadOnlyList<ScenarioFile> ScenarioFiles,
    IReadOnlyList<string> Overrides,
    string ResolvedScenarioSha256,
    string ResolvedScenario,
    IReadOnlyList<long> Seeds,
    int Threads,
    int ChunkSize,
    string DotnetRuntime,
    string Os,
    string VectorIsa,
    string StartedUtc,
    double WallTimeSeconds,
    IReadOnlyList<Checkpoints.CheckpointReference> Checkpoints,
    IReadOnlyList<string> MissingPlots)
{
    /// <param name="loaded">The scenario, the files it came from and the overrides applied.</param>
    /// <param name="resolvedYaml">The resolved scenario as written.</param>
    /// <param name="threads">Core budget.</param>
    /// <param name="startedUtc">When the command started.</param>
    /// <param name="wallSeconds">How long it took.</param>
    /// <param name="missingPlots">Plots asked for that could not be drawn.</param>
    /// <param name="checkpoints">The checkpoints the run continued from: one for a resumed run, one per replication for a fork's shared history.</param>
    public static Manifest Create(LoadedScenario loaded, string resolvedYaml, int threads, DateTime startedUtc, double wallSeconds,
        IReadOnlyList<string> missingPlots, IReadOnlyList<Checkpoints.CheckpointReference>? checkpoints = null)
    {
        var run = loaded.Scenario.Run;
        return new Manifest(
            OutputFormat.Version,
            BuildInfo.EngineVersion,
            BuildInfo.GitCommit,
            loaded.Files.Select(f => f with { Path = Path.GetFullPath(f.Path) }).ToArray(),
            loaded.Overrides,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(resolvedYaml))),
            resolvedYaml,
            Enumerable.Range(0, run.Replications).Select(run.SeedOf).ToArray(),
            threads,
            run.ChunkSize,
            BuildInfo.DotnetRuntime,
            BuildInfo.Os,
            BuildInfo.VectorIsa,
            startedUtc.ToString("O"),
            Math.Round(wallSeconds, 3),
            checkpoints ?? [],
            missingPlots);
    }

    public void WriteTo(string path) => WriteJson(this, path);

    /// <summary>Writes a manifest record as indented JSON with snake_case keys.</summary>
    internal static void WriteJson<T>(T manifest, string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(manifest, new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        }) + "\n");
}
