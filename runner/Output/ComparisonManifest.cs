using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;
using ClusterSim.Runner.Comparison;

namespace ClusterSim.Runner.Output;

/// <summary>
/// Provenance of a comparison: every file read, the overrides, the scenarios and the seeds they shared. Each
/// scenario's own folder holds its <see cref="Manifest"/> with its resolved scenario.
/// </summary>
public sealed record ComparisonManifest(
    int OutputFormatVersion,
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
    int? ForkAt,
    IReadOnlyList<Checkpoints.CheckpointReference> ForkCheckpoints,
    int Threads,
    string DotnetRuntime,
    string Os,
    string StartedUtc,
    double WallTimeSeconds,
    IReadOnlyList<string> MissingPlots)
{
    /// <param name="plan">The comparison.</param>
    /// <param name="forkCheckpoints">The shared history's checkpoints, one per replication, when the scenarios forked.</param>
    /// <param name="threads">Core budget.</param>
    /// <param name="startedUtc">When the command started.</param>
    /// <param name="wallSeconds">How long it took.</param>
    /// <param name="missingPlots">Plots asked for that could not be drawn.</param>
    public static ComparisonManifest Create(ComparisonPlan plan, IReadOnlyList<Checkpoints.CheckpointReference> forkCheckpoints,
        int threads, DateTime startedUtc, double wallSeconds, IReadOnlyList<string> missingPlots)
    {
        var run = plan.Base.Scenario.Run;
        return new ComparisonManifest(
            OutputFormat.Version, plan.Name, BuildInfo.EngineVersion, BuildInfo.GitCommit,
            plan.Files.Select(f => f with { Path = Path.GetFullPath(f.Path) }).ToArray(), plan.Base.Overrides,
            plan.Base.Scenario.Name, plan.Variants.Select(v => v.Scenario.Name).ToArray(), plan.Replications,
            Enumerable.Range(0, plan.Replications).Select(run.SeedOf).ToArray(),
            plan.Indicators, plan.Windows.Select(w => ScenarioSchema.EnumName(w)).ToArray(), plan.ForkAt, forkCheckpoints,
            threads, BuildInfo.DotnetRuntime, BuildInfo.Os, startedUtc.ToString("O"), Math.Round(wallSeconds, 3), missingPlots);
    }

    public void WriteTo(string path) => Manifest.WriteJson(this, path);
}
