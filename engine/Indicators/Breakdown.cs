using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Indicators;

/// <summary>The values of the broken-down indicators for one grouping at one tick: <c>Values[group, indicator]</c>.</summary>
/// <param name="Breakdown">The grouping.</param>
/// <param name="Values">One row per group (<see cref="Breakdowns.Groups"/> order), one column per indicator (<see cref="Breakdowns.Indicators"/> order).</param>
public sealed record GroupValues(Breakdown Breakdown, double[,] Values);

/// <summary>
/// The indicators defined per group of firms, and the groups of each breakdown. Only firm-level indicators
/// can be split by a firm's attributes (the wage and its dispersion too, over each group's employees); region-wide ones
/// (unemployment, spending, the outside paths) cannot.
/// </summary>
public static class Breakdowns
{
    /// <summary>
    /// Indicators computed per group. Each means what the region-wide column of that name means, restricted to the
    /// group's firms; where the group's form counts less than the region's, it is named for what it holds (see
    /// <see cref="PerGroup"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> Indicators =
    [
        IndicatorCatalog.FirmsAlive.Name, IndicatorCatalog.FirmBirths.Name, IndicatorCatalog.FirmDeaths.Name, FirmEmployment,
        IndicatorCatalog.MeanFirmSize.Name, IndicatorCatalog.KnowledgeMean.Name, IndicatorCatalog.ProductivityMean.Name, AliveFirmRdSpend,
        IndicatorCatalog.RdPerformersShare.Name, IndicatorCatalog.InnovativeFirmsShare.Name, IndicatorCatalog.ExportsShare.Name,
        IndicatorCatalog.ValueAdded.Name, IndicatorCatalog.ValueAddedPerWorker.Name, IndicatorCatalog.Exports.Name,
        IndicatorCatalog.Wage.Name, IndicatorCatalog.WageDispersion.Name,
    ];

    // Researchers belong to no firm group; firms that spent on R&D and then exited in the tick are in the region's rd_spend only.
    private const string FirmEmployment = "firm_employment", AliveFirmRdSpend = "alive_firm_rd_spend";

    private static readonly Dictionary<string, string> Narrower = new(StringComparer.Ordinal)
    {
        [IndicatorCatalog.Employment.Name] = FirmEmployment,
        [IndicatorCatalog.RdSpend.Name] = AliveFirmRdSpend,
    };

    /// <summary>The per-group column of region-wide indicator <paramref name="indicator"/>, or null when it has none.</summary>
    public static string? PerGroup(string indicator) =>
        Narrower.TryGetValue(indicator, out var narrower) ? narrower : Indicators.Contains(indicator) ? indicator : null;

    private static readonly int Kinds = Enum.GetValues<State.FirmKind>().Length, Origins = Enum.GetValues<State.FirmOrigin>().Length;

    /// <summary>How many groups <paramref name="breakdown"/> has, without building their labels (every tick needs it).</summary>
    /// <param name="scenario">The scenario whose localities and parks make the groups.</param>
    /// <param name="breakdown">The grouping.</param>
    public static int GroupCount(Scenario scenario, Breakdown breakdown) => breakdown switch
    {
        Breakdown.Locality => scenario.Region.Localities,
        Breakdown.Kind => Kinds,
        Breakdown.Origin => Origins,
        Breakdown.Park => scenario.Institutions.Parks.Count + 1,
        _ => throw new ArgumentOutOfRangeException(nameof(breakdown)),
    };

    /// <summary>The group labels of <paramref name="breakdown"/> in <paramref name="scenario"/>, in group order.</summary>
    /// <param name="scenario">The scenario whose localities and parks name the groups.</param>
    /// <param name="breakdown">The grouping.</param>
    public static IReadOnlyList<string> Groups(Scenario scenario, Breakdown breakdown) => breakdown switch
    {
        Breakdown.Locality => Enumerable.Range(0, scenario.Region.Localities).Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
        Breakdown.Kind => Enum.GetValues<State.FirmKind>().Select(k => ScenarioSchema.EnumName(k)).ToArray(),
        Breakdown.Origin => Enum.GetValues<State.FirmOrigin>().Select(o => ScenarioSchema.EnumName(o)).ToArray(),
        Breakdown.Park => scenario.Institutions.Parks.Select(p => p.Name).Prepend("none").ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(breakdown)),
    };
}
