using ClusterSim.Loader;
using ClusterSim.Runner.Validation;

namespace ClusterSim.Runner.Output;

/// <summary>Provenance of a validation: the files read, the overrides, every condition simulated with its cost, and the verdicts counted.</summary>
public sealed record ValidationManifest(
    int OutputFormatVersion,
    string EngineVersion,
    string? GitCommit,
    IReadOnlyList<ScenarioFile> Files,
    IReadOnlyList<string> Overrides,
    int? Replications,
    IReadOnlyList<string> Only,
    IReadOnlyList<ArmTiming> Runs,
    IReadOnlyDictionary<string, int> Verdicts,
    int Threads,
    string DotnetRuntime,
    string Os,
    string StartedUtc,
    double WallTimeSeconds)
{
    public static ValidationManifest Create(ValidationPlan plan, int? replications, IReadOnlyList<string> only, IReadOnlyList<CheckResult> results,
        IReadOnlyList<ArmTiming> runs, int threads, DateTime startedUtc, double wallSeconds) =>
        new(OutputFormat.Version, BuildInfo.EngineVersion, BuildInfo.GitCommit,
            plan.Files.Select(f => f with { Path = Path.GetFullPath(f.Path) }).ToArray(), plan.Overrides, replications, only, runs,
            Enum.GetValues<Verdict>().ToDictionary(Judges.Name, v => results.Count(r => r.Outcome.Verdict == v)),
            threads, BuildInfo.DotnetRuntime, BuildInfo.Os, startedUtc.ToString("O"), Math.Round(wallSeconds, 3));

    public void WriteTo(string path) => Manifest.WriteJson(this, path);
}
