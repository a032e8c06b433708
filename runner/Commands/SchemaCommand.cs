using System.CommandLine;
using ClusterSim.Loader;

namespace ClusterSim.Runner.Commands;

/// <summary><c>clustersim schema</c>: print the JSON Schema of scenario, comparison and sweep files.</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of scenario, comparison and sweep files, for editors.");
        command.SetAction(_ =>
        {
            Console.Out.Write(ScenarioJsonSchema.GenerateText());
            return ExitCodes.Ok;
        });
        return command;
    }
}
