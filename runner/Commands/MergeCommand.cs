using System.CommandLine;
using ClusterSim.Runner.Sweeps;

namespace ClusterSim.Runner.Commands;

/// <summary>
/// <c>clustersim merge DIR... --out DIR</c>: the finished shard folders of one sweep combined into one folder, as if the
/// sweep had run unsharded: every shard 0..N−1 present once, every run present exactly once, one sweep only.
/// </summary>
public static class MergeCommand
{
    public static Command Create()
    {
        var folders = new Argument<string[]>("DIR") { Description = "The finished shard folders of one sweep.", Arity = ArgumentArity.OneOrMore };
        var output = new OutputOptions("Folder of the merged sweep (required).");
        var command = new Command("merge", "Combine the shard folders of one sweep into one, checking every run is present exactly once.") { folders };
        foreach (var option in new Option[] { output.Out, output.Force, output.Quiet }) command.Options.Add(option);
        command.SetAction((parse, cancel) => Execution.CommandHost.Run(cancel, (log, token) =>
            Execute(parse.GetValue(folders)!, parse.GetValue(output.Out), parse.GetValue(output.Force), parse.GetValue(output.Quiet), log, token)));
        return command;
    }

    public static Task<int> Execute(IReadOnlyList<string> folders, string? output, bool force, bool quiet, TextWriter log, CancellationToken cancel) => ExitOnError.Run(log, cancel, () =>
    {
        if (output is null) throw new BadInputException("--out: name the folder of the merged sweep");
        var shards = folders.Select(f => (Folder: Path.GetFullPath(f), Manifest: SweepManifest.Read(Path.Combine(f, SweepManifest.DoneFile))
            ?? throw new BadInputException($"{f}: not a finished sweep folder (no {SweepManifest.DoneFile}; a shard still running, or killed, finishes when run again)"))).ToList();
        var first = shards[0].Manifest;
        foreach (var (folder, m) in shards.Skip(1))
            if (m.Fingerprint != first.Fingerprint)
                throw new BadInputException($"{folder}: a shard of another sweep ({m.Sweep}, fingerprint {m.Fingerprint[..12]}) than {shards[0].Folder} ({first.Sweep}, {first.Fingerprint[..12]}); merge combines the shards of one sweep");
        int count = first.ShardCount;
        foreach (var group in shards.GroupBy(s => s.Manifest.ShardIndex).Where(g => g.Count() > 1))
            throw new BadInputException($"shard {group.Key}/{count} is given twice: {string.Join(", ", group.Select(g => g.Folder))}");
        if (shards.FirstOrDefault(s => s.Manifest.ShardCount != count) is { Folder: { } odd })
            throw new BadInputException($"{odd}: a shard of {SweepManifestCount(shards, odd)} where {shards[0].Folder} is one of {count}");
        var missing = Enumerable.Range(0, count).Except(shards.Select(s => s.Manifest.ShardIndex)).ToList();
        if (missing.Count > 0) throw new BadInputException($"shards {string.Join(", ", missing.Select(i => $"{i}/{count}"))} are missing");

        string target = Path.GetFullPath(output);
        if ((File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())) && !force)
            throw new BadInputException($"--out {output}: already exists and is not empty; pass --force to replace it");
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        Directory.CreateDirectory(target);

        var columns = first.Columns;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int rows = 0;
        IEnumerable<SweepRecord> Checked(IEnumerable<SweepRecord> records)
        {
            foreach (var r in records)
            {
                if (!seen.Add(r.Id)) throw new BadInputException($"run {r.Id} is in more than one shard");
                rows++;
                yield return r;
            }
        }
        var results = shards.Select(s => SweepJournal.ReadAll([Path.Combine(s.Folder, "results.csv")], columns.Parse));
        SweepCommand.WriteResults(target, columns, Checked(SweepJournal.Merge(results, r => r.Order)));
        if (rows != first.RunsTotal)
        {
            Directory.Delete(target, recursive: true);
            throw new BadInputException($"the shards hold {rows} runs; the sweep has {first.RunsTotal}");
        }
        if (first.Series)
            SweepCommand.WriteSeries(target, SweepJournal.Merge(shards.Select(s => SweepJournal.ReadAll([Path.Combine(s.Folder, "series.csv")], SweepColumns.ParseSeries)), v => v.Order));
        (first with { ShardIndex = 0, ShardCount = 1, Runs = rows, Threads = null, WallTimeSeconds = null }).WriteTo(Path.Combine(target, SweepManifest.StartFile));
        (first with { ShardIndex = 0, ShardCount = 1, Runs = rows, Threads = null, WallTimeSeconds = shards.Sum(s => s.Manifest.WallTimeSeconds ?? 0) })
            .WriteTo(Path.Combine(target, SweepManifest.DoneFile));
        if (!quiet) log.WriteLine($"wrote {target}: {rows} runs from {count} shards");
        Analyse(target, quiet, log);
        return Task.FromResult(ExitCodes.Ok);
    });

    /// <summary>A merged morris, sobol or variants sweep is analysed as an unsharded one is; where its sweep file cannot be read here, a line says how to analyse it later.</summary>
    private static void Analyse(string target, bool quiet, TextWriter log)
    {
        try
        {
            var (plan, manifest) = Sensitivity.SweepAnalysis.PlanOf(target, null);
            if (!Sensitivity.SweepAnalysis.Applies(plan)) return;
            var written = Sensitivity.SweepAnalysis.Write(target, plan, manifest);
            if (!quiet) log.WriteLine($"wrote {string.Join(", ", written)} in {target}");
        }
        catch (Exception e) when (e is BadInputException or Loader.ScenarioException)
        {
            log.WriteLine($"note: {target} is merged but not analysed ({e.Message.Split('\n')[0]}); run clustersim analyse {target} --sweep FILE");
        }
    }

    private static int SweepManifestCount(IEnumerable<(string Folder, SweepManifest Manifest)> shards, string folder) => shards.First(s => s.Folder == folder).Manifest.ShardCount;
}
