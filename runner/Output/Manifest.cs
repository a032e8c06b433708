using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Output;

/// <summary>Provenance of a run: what produced its numbers, so a reader can tell exactly and reproduce them.</summary>
public sealed record Manifest(
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
    double WallTimeSeconds)
{
    public static Manifest Create(LoadedScenario loaded, IReadOnlyList<string> overrides, string resolvedYaml, int threads, DateTime startedUtc, double wallSeconds)
    {
        var run = loaded.Scenario.Run;
        string informational = typeof(Engine.Core.Simulation).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        int plus = informational.IndexOf('+');
        return new Manifest(
            plus < 0 ? informational : informational[..plus],
            plus < 0 ? null : informational[(plus + 1)..],
            loaded.Files.Select(f => f with { Path = Path.GetFullPath(f.Path) }).ToArray(),
            overrides,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(resolvedYaml))),
            resolvedYaml,
            Enumerable.Range(0, run.Replications).Select(r => run.Seed + r).ToArray(),
            threads,
            run.ChunkSize,
            RuntimeInformation.FrameworkDescription,
            RuntimeInformation.OSDescription,
            Vector512.IsHardwareAccelerated ? "AVX-512 (kernels use fixed 256-bit lanes)" :
                Vector256.IsHardwareAccelerated ? "AVX2 (256-bit)" : "no 256-bit SIMD (kernels emulated lane by lane)",
            startedUtc.ToString("O"),
            Math.Round(wallSeconds, 3));
    }

    public void WriteTo(string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(this, new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        }) + "\n");
}
