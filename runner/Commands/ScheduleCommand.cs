using System.CommandLine;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;

namespace ClusterSim.Runner.Commands;

/// <summary>
/// <c>clustersim schedule [FILE]</c>: print the phases of a tick in order, each with its switch and what it does,
/// as tab-separated lines on stdout (what a reader of docs/model.md §3 checks against). With a scenario file,
/// a fourth column says whether that scenario runs the phase.
/// </summary>
public static class ScheduleCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("FILE") { Description = "A scenario file: also say which phases it runs.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("schedule", "Print the phases of a tick in order, with their switches (tab-separated: position, phase, switch, [runs,] summary).") { file };
        command.SetAction(parse => Execute(parse.GetValue(file), Console.Out, Console.Error));
        return command;
    }

    public static int Execute(string? path, TextWriter output, TextWriter log)
    {
        MechanismSwitches? switches;
        try
        {
            switches = path is null ? null : ScenarioLoader.Load(path).Scenario.Mechanisms;
        }
        catch (ScenarioException e)
        {
            foreach (var error in e.Errors) log.WriteLine(error);
            return ExitCodes.BadInput;
        }
        int position = 0;
        foreach (var phase in Schedule.Order)
        {
            string runs = switches is null ? "" : (phase.RunsUnder(switches) ? "on" : "off") + "\t";
            output.WriteLine($"{++position}\t{phase.Name}\t{phase.Switch ?? "always"}\t{runs}{phase.Summary}");
        }
        return ExitCodes.Ok;
    }
}
