using ClusterSim.Runner.Sweeps;

namespace ClusterSim.Runner.Sensitivity;

/// <summary>
/// Everything <c>clustersim analyse</c> writes into a finished sweep folder: sensitivity.* (morris, sobol),
/// differences.* and robustness.* (variants), the SALib layout and sweep.html. The folder's own runs are read back
/// from results.csv; the design comes from the sweep file, which must still give the folder's fingerprint.
/// </summary>
public static class SweepAnalysis
{
    /// <summary>Whether a sweep has something to analyse beyond its results table: a morris or sobol design, or variants.</summary>
    public static bool Applies(SweepPlan plan) => SensitivityAnalysis.Applies(plan) || VariantRobustness.Applies(plan);

    /// <summary>The plan a finished folder was swept from: <paramref name="sweepFile"/>, or the file its manifest names, with its overrides.</summary>
    public static (SweepPlan Plan, SweepManifest Manifest) PlanOf(string folder, string? sweepFile)
    {
        var manifest = SweepManifest.Read(Path.Combine(folder, SweepManifest.DoneFile))
            ?? throw new BadInputException($"{folder}: not a finished sweep folder (no {SweepManifest.DoneFile}); finish the sweep, or merge its shards, first");
        if (manifest.ShardCount > 1)
            throw new BadInputException($"{folder}: shard {manifest.ShardIndex}/{manifest.ShardCount} of a sweep; merge the shards, then analyse the merged folder");
        if (!File.Exists(Path.Combine(folder, "results.csv")))
            throw new BadInputException($"{folder}: has {SweepManifest.DoneFile} but no results.csv; run the sweep (or the merge) into it again");
        string file = sweepFile ?? manifest.File;
        if (!File.Exists(file)) throw new BadInputException($"{folder}: was swept from {file}, which is not there; pass --sweep with the sweep file");
        var plan = SweepPlan.Load(file, manifest.Overrides);
        if (plan.Fingerprint != manifest.Fingerprint)
            throw new BadInputException($"{file}: gives fingerprint {plan.Fingerprint[..12]}, not the {manifest.Fingerprint[..12]} {folder} was swept with (the file or a scenario it names changed since); pass --sweep with the file as it was");
        return (plan, manifest);
    }

    /// <summary>Writes the analysis files into <paramref name="folder"/> and returns the names written.</summary>
    public static IReadOnlyList<string> Write(string folder, SweepPlan plan, SweepManifest manifest)
    {
        var records = SweepJournal.ReadAll([Path.Combine(folder, "results.csv")], manifest.Columns.Parse);
        var results = new SweepResults(plan, records);
        var written = new List<string>();
        var sensitivity = SensitivityAnalysis.Of(results);
        if (SensitivityAnalysis.Applies(plan))
        {
            AnalysisTables.WriteSensitivity(folder, sensitivity);
            written.Add("sensitivity.csv");
        }
        var differences = VariantRobustness.Differences(results);
        var robustness = VariantRobustness.Of(results, differences);
        if (VariantRobustness.Applies(plan))
        {
            AnalysisTables.WriteDifferences(folder, differences);
            AnalysisTables.WriteRobustness(folder, robustness);
            written.AddRange(["differences.csv", "robustness.csv"]);
        }
        SalibExport.Write(folder, results);
        written.Add(SalibExport.Folder + "/");
        string html = Report.SweepReport.Html(results, manifest, sensitivity, differences, robustness);
        SweepJournal.WriteDurably(Path.Combine(folder, Report.SweepReport.File), p => File.WriteAllText(p, html));
        written.Add(Report.SweepReport.File);
        return written;
    }
}
