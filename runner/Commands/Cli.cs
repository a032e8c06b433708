using System.CommandLine;

namespace ClusterSim.Runner.Commands;

/// <summary>The <c>clustersim</c> command line: every command, in the order <c>--help</c> lists them.</summary>
public static class Cli
{
    public static RootCommand Root()
    {
        var root = new RootCommand("ClusterSim: agent-based simulation of a regional innovation cluster.");
        foreach (var command in new[]
                 {
                     RunCommand.Create(), CheckCommand.Create(), ResumeCommand.Create(), CompareCommand.Create(), ReportCommand.Create(), ValidateCommand.Create(),
                     SchemaCommand.Create(), ScheduleCommand.Create(), SweepCommand.Create(), MergeCommand.Create(), AnalyseCommand.Create(),
                 })
            root.Subcommands.Add(command);
        return root;
    }
}
