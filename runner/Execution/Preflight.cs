using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;

namespace ClusterSim.Runner.Execution;

/// <summary>What a run will need, estimated before it starts, and whether this machine has it.</summary>
/// <param name="PeakBytes">Peak managed memory of one simulation (replications run one after another).</param>
/// <param name="Seconds">Wall time of every replication on the given threads; a rough guide, not a promise.</param>
/// <param name="AvailableBytes">Memory this process may use: the machine's, or its container's limit.</param>
public sealed record PreflightEstimate(long PeakBytes, double Seconds, long AvailableBytes)
{
    public bool Fits => PeakBytes <= AvailableBytes;

    public override string ToString() =>
        $"needs about {Format(PeakBytes)} of memory ({Format(AvailableBytes)} available) and about {FormatTime(Seconds)}";

    public static string Format(long bytes) => bytes >= 1L << 30 ? $"{bytes / (double)(1L << 30):F1} GB" : $"{Math.Max(1, bytes >> 20)} MB";

    private static string FormatTime(double s) => s < 90 ? $"{Math.Max(1, Math.Round(s))} s" : s < 5400 ? $"{s / 60:F0} min" : $"{s / 3600:F1} h";
}

/// <summary>
/// The pre-flight estimate. Its constants come from the baseline grown to 10M people and 1M firms
/// (docs/architecture.md, "Pre-flight"): about 1.1 GB after generation, 2.9 s a tick on two cores. Only the
/// total was measured; its split into bytes per person and per firm is an estimate from the tables' columns.
/// </summary>
public static class Preflight
{
    /// <summary>Managed bytes per person: the person table's columns.</summary>
    public const double BytesPerPerson = 80;

    /// <summary>Managed bytes per firm: the firm table's columns, its knowledge rows and tie slots.</summary>
    public const double BytesPerFirm = 300;

    /// <summary>Tables grow by doubling as the population and the firm count grow; the old arrays live until copied.</summary>
    public const double GrowthHeadroom = 1.5;

    /// <summary>The runtime, the engine and the output writers.</summary>
    public const long BaseBytes = 100L << 20;

    /// <summary>Wall time per agent-tick on one core at the 10M scale (smaller regions run faster, from cache); more cores divide it by threads^0.8 (measured 1.75× on two).</summary>
    public const double SecondsPerAgentTick = 450e-9;

    /// <summary>Generating the region, per agent (7.8 s for 11M agents).</summary>
    public const double GenerationSecondsPerAgent = 0.7e-6;

    public static PreflightEstimate Estimate(Scenario s, int threads, long? availableBytes = null)
    {
        double people = s.Population.People;
        double firms = people * s.Population.FirmsPer1000People / 1000;
        long bytes = BaseBytes + (long)(GrowthHeadroom * (people * BytesPerPerson + firms * BytesPerFirm));
        double speedup = Math.Pow(Math.Clamp(threads, 1, Environment.ProcessorCount), 0.8);
        double seconds = s.Run.Replications * (people + firms) * (GenerationSecondsPerAgent + s.Run.Ticks * SecondsPerAgentTick / speedup);
        return new PreflightEstimate(bytes, seconds, availableBytes ?? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
    }

    /// <summary>
    /// The estimate of each scenario, in order, computed once for the command that will run them; refuses
    /// (every error pointing at the scenario's population) those this machine cannot hold.
    /// </summary>
    /// <exception cref="ScenarioException">A scenario does not fit this machine's memory.</exception>
    public static IReadOnlyList<PreflightEstimate> Require(IEnumerable<LoadedScenario> scenarios, int threads)
    {
        var list = scenarios.ToList();
        var estimates = list.Select(s => Estimate(s.Scenario, threads)).ToList();
        var refusals = list.Zip(estimates).Where(x => !x.Second.Fits).Select(x => Refusal(x.First, x.Second)).Distinct().ToList();
        if (refusals.Count > 0) throw new ScenarioException(refusals);
        return estimates;
    }

    private static ScenarioError Refusal(LoadedScenario loaded, PreflightEstimate estimate) =>
        new(loaded.PositionOf("population.people"), "population.people",
            $"{loaded.Scenario.Population.People:N0} people and {loaded.Scenario.Population.FirmsPer1000People} firms per 1,000 {estimate}: this machine cannot hold the region; use a machine with more memory or a smaller population");
}
