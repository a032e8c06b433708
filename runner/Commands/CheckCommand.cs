using System.CommandLine;
using ClusterSim.Loader;
using ClusterSim.Runner.Checking;
using ClusterSim.Runner.Execution;

namespace ClusterSim.Runner.Commands;

/// <summary>
/// <c>clustersim check FILE...</c>: validate scenario, comparison and sweep files as the commands that run
/// them would, with the pre-flight estimate, and optionally print each resolved document.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Scenario, comparison or sweep files.", Arity = ArgumentArity.OneOrMore };
        var print = new Option<bool>("--print") { Description = "Print each resolved document (extends merged, defaults filled in) to stdout." };
        var threads = SharedOptions.Threads("Core budget the pre-flight time estimate assumes.");
        var set = SharedOptions.Set("Override a scenario key: --set key.path=value (repeatable; scenarios only).");
        var command = new Command("check", "Validate files and report what a run of each would need; exit 2 if any is invalid.") { files, print, threads, set };
        command.SetAction(parse => Execute(parse.GetValue(files)!, parse.GetValue(print), parse.GetValue(threads), parse.GetValue(set) ?? [], Console.Out, Console.Error));
        return command;
    }

    public static int Execute(IReadOnlyList<string> paths, bool print, int threads, IReadOnlyList<string> overrides, TextWriter output, TextWriter log)
    {
        int bad = 0;
        foreach (var path in paths)
        {
            try
            {
                var file = FileChecker.Check(path, new ScenarioOverrides(overrides));
                foreach (var warning in file.Scenarios.SelectMany(s => s.Warnings).Distinct()) log.WriteLine(warning);
                var estimates = Preflight.Require(file.Scenarios, threads);
                string estimate = file.Kind == FileKind.Scenario ? "; " + estimates[0] : "";
                log.WriteLine($"{path}: ok ({FileKinds.Name(file.Kind)}, {file.Files.Count} file{(file.Files.Count == 1 ? "" : "s")}{estimate})");
                if (print)
                {
                    if (paths.Count > 1) output.WriteLine($"# {path}");
                    output.Write(file.Resolved);
                }
            }
            catch (ScenarioException e)
            {
                foreach (var error in e.Errors) log.WriteLine(error);
                bad++;
            }
        }
        if (paths.Count > 1 && bad > 0) log.WriteLine($"{bad} of {paths.Count} files have errors");
        return bad > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}
