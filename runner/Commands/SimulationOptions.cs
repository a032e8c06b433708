using System.CommandLine;

namespace ClusterSim.Runner.Commands;

/// <summary>The options every simulating command shares, declared once so their names, defaults and help agree.</summary>
internal sealed class SimulationOptions
{
    public Option<string?> Out { get; }
    public Option<long?> Seed { get; } = new("--seed") { Description = "Run seed (overrides run.seed); replication r uses seed + r." };
    public Option<int> Threads { get; } = new("--threads") { Description = "Total core budget.", DefaultValueFactory = _ => Environment.ProcessorCount };
    public Option<int?> Replications { get; } = new("--replications") { Description = "Replications (overrides run.replications)." };
    public Option<int?> Ticks { get; } = new("--ticks") { Description = "Monthly ticks (overrides run.ticks); a burn-in as long as the run is shortened to leave one written tick." };
    public Option<string[]> Set { get; } = new("--set") { Description = "Override a scenario key: --set key.path=value (repeatable).", AllowMultipleArgumentsPerToken = false };
    public Option<bool> NoPlots { get; } = new("--no-plots") { Description = "Do not write plots." };
    public Option<bool> Force { get; } = new("--force") { Description = "Replace a non-empty --out folder." };
    public Option<bool> Quiet { get; } = new("--quiet") { Description = "No progress on stderr (errors and the final line only)." };

    /// <param name="outDescription">What <c>--out</c> defaults to for this command.</param>
    public SimulationOptions(string outDescription) => Out = new("--out") { Description = outDescription };

    public IEnumerable<Option> All => [Out, Seed, Threads, Replications, Ticks, Set, NoPlots, Force, Quiet];

    /// <summary><c>--seed</c> and <c>--set</c> as scenario overrides, in the order the manifest records them.</summary>
    public List<string> Overrides(ParseResult parse)
    {
        var overrides = new List<string>();
        if (parse.GetValue(Seed) is long s) overrides.Add($"run.seed={s}");
        overrides.AddRange(parse.GetValue(Set) ?? []);
        return overrides;
    }
}
