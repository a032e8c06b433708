using System.CommandLine;
using ClusterSim.Runner.Output;
using ClusterSim.Runner.Report;

namespace ClusterSim.Runner.Commands;

/// <summary><c>clustersim report DIR</c>: write (or rewrite) the self-contained report.html of a run or comparison folder from its files.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "A folder written by clustersim run or clustersim compare." };
        var force = new Option<bool>("--force") { Description = "Replace an existing report.html." };
        var command = new Command("report", "Write DIR/report.html: one self-contained file with what was run or compared, the results in plain words, plots, tables and provenance.") { folder, force };
        command.SetAction((parse, cancel) => Execute(parse.GetValue(folder)!, parse.GetValue(force), Console.Error, cancel));
        return command;
    }

    public static Task<int> Execute(string folder, bool force, TextWriter log, CancellationToken cancel) => ExitOnError.Run(log, cancel, () =>
    {
        if (!Directory.Exists(folder)) throw new BadInputException($"{folder}: no such folder");
        string target = Path.Combine(folder, "report.html");
        if (File.Exists(target) && !force) throw new BadInputException($"{target}: already exists; pass --force to replace it");
        string html = File.Exists(Path.Combine(folder, "comparison.parquet")) ? ComparisonReport.Load(folder).Html()
            : File.Exists(Path.Combine(folder, "indicators.parquet")) ? RunReport.Load(folder).Html()
            : throw new BadInputException($"{folder}: has neither comparison.parquet nor indicators.parquet; give a folder written by clustersim run or compare");
        cancel.ThrowIfCancellationRequested();
        Staging.RemoveStale(folder);
        Staging.WriteFile(target, file => file.Write(System.Text.Encoding.UTF8.GetBytes(html)));
        log.WriteLine($"wrote {target}");
        return Task.FromResult(ExitCodes.Ok);
    });
}
