using System.CommandLine;
using ClusterSim.Runner.Sensitivity;

namespace ClusterSim.Runner.Commands;

/// <summary>
/// <c>clustersim analyse DIR</c>: a finished sweep folder's sensitivity indices (morris, sobol), its variants' paired
/// differences and robustness, the SALib layout and sweep.html, written into the folder (replacing what an earlier
/// analyse wrote). A morris or sobol sweep, or one with variants, runs it itself when it finishes.
/// </summary>
public static class AnalyseCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "A finished sweep folder (a sweep's --out, or a merge's)." };
        var sweep = new Option<string?>("--sweep") { Description = "The sweep file (default: the one the folder's manifest names); it must give the folder's fingerprint." };
        var quiet = new Option<bool>("--quiet") { Description = "No lines on stderr but errors." };
        var command = new Command("analyse", "Sensitivity indices (morris, sobol) and the robustness of policy variants from a finished sweep folder, with a report.") { folder, sweep, quiet };
        command.SetAction((parse, cancel) => Execute(parse.GetValue(folder)!, parse.GetValue(sweep), parse.GetValue(quiet), Console.Error, cancel));
        return command;
    }

    public static Task<int> Execute(string folder, string? sweepFile, bool quiet, TextWriter log, CancellationToken cancel) => ExitOnError.Run(log, cancel, () =>
    {
        string full = Path.GetFullPath(folder);
        if (!Directory.Exists(full)) throw new BadInputException($"{folder}: no such folder");
        var (plan, manifest) = SweepAnalysis.PlanOf(full, sweepFile);
        var written = SweepAnalysis.Write(full, plan, manifest);
        if (!quiet) log.WriteLine($"wrote {string.Join(", ", written)} in {full}");
        return Task.FromResult(ExitCodes.Ok);
    });
}
