namespace ClusterSim.Loader;

/// <summary>
/// What a command line changes in the scenarios it loads: <c>--set key.path=value</c> assignments and the typed
/// run options. They are applied in the order <see cref="Assignments"/> lists them, so a later one wins:
/// <c>--seed</c>, each <c>--set</c>, then <c>--replications</c> and <c>--ticks</c>. A <c>--ticks</c> within the
/// scenario's burn-in shortens the burn-in to leave one written tick (<see cref="LoadedScenario.Note"/> says so).
/// </summary>
/// <param name="Set">The <c>--set</c> assignments, in command-line order.</param>
/// <param name="Seed">The <c>--seed</c> value, or null.</param>
/// <param name="Replications">The <c>--replications</c> value, or null.</param>
/// <param name="Ticks">The <c>--ticks</c> value, or null.</param>
public sealed record ScenarioOverrides(IReadOnlyList<string> Set, long? Seed = null, int? Replications = null, int? Ticks = null)
{
    public static ScenarioOverrides None { get; } = new([]);

    /// <summary>Overrides recorded as assignments (a manifest's or a checkpoint's), to apply again as they were.</summary>
    public static ScenarioOverrides Recorded(IReadOnlyList<string> assignments) => new(assignments);

    /// <summary>True when nothing is overridden.</summary>
    public bool IsEmpty => Set.Count == 0 && Seed is null && Replications is null && Ticks is null;

    /// <summary>
    /// Every override as <c>key.path=value</c>, with the option it came from (which errors name) and the offset
    /// of its value in that option's text (so an error's column points at the value), in the order applied.
    /// </summary>
    internal IEnumerable<(string Assignment, string Source, int ValueOffset)> Assignments
    {
        get
        {
            if (Seed is long seed) yield return Typed("run.seed", "--seed", seed);
            foreach (string set in Set) yield return (set, $"--set {set}", set.IndexOf('=') + 1);
            if (Replications is int r) yield return Typed("run.replications", "--replications", r);
            if (Ticks is int t) yield return Typed("run.ticks", "--ticks", t);
        }
    }

    private static (string, string, int) Typed(string key, string option, long value) => ($"{key}={value}", $"{option} {value}", option.Length + 1);
}
