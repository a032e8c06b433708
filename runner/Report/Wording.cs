using ClusterSim.Engine.Indicators;
using ClusterSim.Runner.Statistics;

namespace ClusterSim.Runner.Report;

/// <summary>
/// How reports name indicators and say their amounts in human units: a share's difference in percentage
/// points, a flow per month, money in USD. One place, so every report words a number alike.
/// </summary>
internal static class Wording
{
    /// <summary>What every report that shows a lever's effect says beside it (docs/model.md §10): its size is assumed.</summary>
    public const string AssumedEffectSizes =
        "<p><strong>The sizes of these effects rest on assumed parameters of the levers' mechanisms</strong> (docs/model.md §8 and §10 mark them), " +
        "not on measured elasticities: the signs and the ranking are the model's; the magnitudes are as good as those assumptions.</p>";

    /// <summary>The indicator's label: its catalogue name in words ("firms alive").</summary>
    public static string Label(string indicator) => indicator.Replace('_', ' ');

    /// <summary>A difference in human units, signed: "+3.3 percentage points", "−120 firms", "+2.1 firms a month".</summary>
    /// <param name="value">The difference.</param>
    /// <param name="unit">The indicator's unit, as the catalogue gives it.</param>
    /// <param name="kind">Stock, flow or spending (a flow is counted per month).</param>
    public static string Difference(double value, string unit, IndicatorKind kind) =>
        (value > 0 ? "+" : "") + Amount(value, unit, kind);

    /// <summary>An amount in human units, unsigned unless negative: "3.3 percentage points", "120 firms".</summary>
    public static string Amount(double value, string unit, IndicatorKind kind) =>
        unit == Quantities.Share ? $"{Html.Number(100 * value)} percentage points"
        : unit == "USD/month" ? $"{Html.Number(value)} USD a month"
        : $"{Html.Number(value)} {unit}{(kind == IndicatorKind.Flow ? " a month" : "")}";

    /// <summary>Public money per unit of outcome in words: "4,200 USD per additional firm", "31,000 USD per percentage point".</summary>
    /// <param name="usdPerUnit">USD per unit of the indicator (per 1 of a share).</param>
    /// <param name="unit">The indicator's unit.</param>
    public static string CostPer(double usdPerUnit, string unit) =>
        unit == Quantities.Share ? $"{Html.Number(usdPerUnit / 100)} USD per percentage point"
        : Quantities.IsCount(unit) ? $"{Html.Number(usdPerUnit)} USD per additional {unit[..^1]}" // the units are plurals: firms → firm
        : $"{Html.Number(usdPerUnit)} USD per {unit}";

    /// <summary>A level in human units: "12.4 %", "1,520 firms".</summary>
    public static string Level(double value, string unit, IndicatorKind kind) =>
        unit == Quantities.Share ? $"{Html.Number(100 * value)} %" : Amount(value, unit, kind);
}
