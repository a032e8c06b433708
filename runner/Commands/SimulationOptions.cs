using System.CommandLine;
using ClusterSim.Loader;

namespace ClusterSim.Runner.Commands;

/// <summary>Options more than one command takes, declared once: each command gets its own instance, with the same name, parsing and checks.</summary>
internal static class SharedOptions
{
    /// <summary><c>--threads N</c>, at least 1, defaulting to the machine's processors.</summary>
    public static Option<int> Threads(string description)
    {
        var option = new Option<int>("--threads") { Description = description, DefaultValueFactory = _ => Environment.ProcessorCount };
        option.CustomParser = result =>
        {
            string text = result.Tokens is [var token] ? token.Value : "";
            if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n))
                result.AddError($"--threads {text}: expected a whole number of threads, at least 1");
            else if (n < 1) result.AddError($"--threads {n}: must be at least 1");
            return n;
        };
        return option;
    }

    /// <summary><c>--set key.path=value</c>, repeatable.</summary>
    public static Option<string[]> Set(string description) => new("--set") { Description = description, AllowMultipleArgumentsPerToken = false };
}

/// <summary>The options of every command that simulates into an output folder (run, compare, resume), declared once so their names, defaults and help agree.</summary>
internal class OutputOptions
{
    public Option<string?> Out { get; }
    public Option<int> Threads { get; } = SharedOptions.Threads("Total core budget (results do not depend on it).");
    public Option<bool> Force { get; } = new("--force") { Description = "Replace a non-empty --out folder (and write over a --checkpoint-dir that holds files)." };
    public Option<bool> Quiet { get; } = new("--quiet") { Description = "No progress on stderr (errors and the final line only)." };

    /// <param name="outDescription">What <c>--out</c> defaults to for this command.</param>
    public OutputOptions(string outDescription) => Out = new("--out") { Description = outDescription };

    public virtual IEnumerable<Option> All => [Out, Threads, Force, Quiet];
}

/// <summary>The options of the commands that run scenarios from files (run, compare): the output options and the scenario overrides.</summary>
internal sealed class SimulationOptions(string outDescription) : OutputOptions(outDescription)
{
    public Option<long?> Seed { get; } = new("--seed") { Description = "Run seed (overrides run.seed); replication r uses seed + r." };
    public Option<int?> Replications { get; } = new("--replications") { Description = "Replications (overrides run.replications)." };
    public Option<int?> Ticks { get; } = new("--ticks") { Description = "Monthly ticks (overrides run.ticks); a burn-in as long as the run is shortened to leave one written tick." };
    public Option<string[]> Set { get; } = SharedOptions.Set("Override a scenario key: --set key.path=value (repeatable).");
    public Option<bool> NoPlots { get; } = new("--no-plots") { Description = "Do not write plots." };
    public override IEnumerable<Option> All => [Out, Seed, Threads, Replications, Ticks, Set, NoPlots, Force, Quiet];

    /// <summary><c>--seed</c>, <c>--set</c>, <c>--replications</c> and <c>--ticks</c> as the overrides the loader applies.</summary>
    public ScenarioOverrides Overrides(ParseResult parse) =>
        new(parse.GetValue(Set) ?? [], parse.GetValue(Seed), parse.GetValue(Replications), parse.GetValue(Ticks));
}
