namespace ClusterSim.Runner.Commands;

/// <summary>
/// <c>--ticks N</c>, shared by the commands that simulate: a quick look at a scenario, so a burn-in it would
/// swallow is shortened to leave one written tick, and the log says so.
/// </summary>
internal static class TicksOption
{
    /// <summary>The overrides with <c>--ticks</c> folded in, as the manifest records them.</summary>
    /// <param name="overrides">The other overrides.</param>
    /// <param name="ticks">The <c>--ticks</c> value, or null.</param>
    /// <param name="burnInWith">The burn-in the scenario (or a comparison's base) has with the given overrides.</param>
    /// <param name="log">Where the note goes.</param>
    public static IReadOnlyList<string> Fold(IReadOnlyList<string> overrides, int? ticks, Func<IReadOnlyList<string>, int> burnInWith, TextWriter log)
    {
        if (ticks is not int n) return overrides;
        var folded = overrides.Append($"run.ticks={n}").ToList();
        int burnIn = burnInWith(overrides);
        if (n >= 1 && burnIn >= n)
        {
            folded.Add($"run.burn_in_ticks={n - 1}");
            log.WriteLine($"note: --ticks {n} is within the scenario's burn-in of {burnIn} ticks; burn-in shortened to {n - 1}");
        }
        return folded;
    }
}
