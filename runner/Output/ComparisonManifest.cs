using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Output;

/// <summary>
/// Provenance of a comparison: every file read, the overrides, the scenarios and the seeds they shared. Each
/// scenario's own folder holds its <see cref="Manifest"/> with its resolved scenario.
/// </summary>
public sealed record ComparisonManifest(
    string Comparison,
    string EngineVersion,
    string? GitCommit,
    IReadOnlyList<ScenarioFile> Files,
    IReadOnlyList<string> Overrides,
    string Base,
    IReadOnlyList<string> Variants,
    int Replications,
    IReadOnlyList<long> Seeds,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<string> Windows,
    int Threads,
    string DotnetRuntime,
    string Os,
    string StartedUtc,
    double WallTimeSeconds)
{
    public static ComparisonManifest Create(ComparisonPlan plan, IReadOnlyList<string> overrides, int threads, DateTime startedUtc, double wallSeconds)
    {
        var run = plan.Base.Scenario.Run;
        return new ComparisonManifest(
            plan.Name, BuildInfo.EngineVersion, BuildInfo.GitCommit,
            plan.Files.Select(f => f with { Path = Path.GetFullPath(f.Path) }).ToArray(), overrides,
            plan.Base.Scenario.Name, plan.Variants.Select(v => v.Scenario.Name).ToArray(), plan.Replications,
            Enumerable.Range(0, plan.Replications).Select(r => run.Seed + r).ToArray(),
            plan.Indicators, plan.Windows.Select(w => ScenarioSchema.EnumName(w)).ToArray(),
            threads, BuildInfo.DotnetRuntime, BuildInfo.Os, startedUtc.ToString("O"), Math.Round(wallSeconds, 3));
    }

    public void WriteTo(string path) => Manifest.WriteJson(this, path);
}
