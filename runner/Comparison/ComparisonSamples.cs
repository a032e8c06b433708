using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Comparison;

/// <summary>One compared quantity: an indicator of the whole region, or one of <see cref="Breakdowns.Indicators"/> for one group.</summary>
/// <param name="Indicator">Indicator name.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Breakdown">The grouping, or null for the whole region.</param>
/// <param name="Group">The group's label, or null.</param>
public sealed record Series(string Indicator, string Unit, Breakdown? Breakdown = null, string? Group = null);

/// <summary>
/// The values a comparison needs, kept while the scenarios run: for every scenario, compared series and
/// replication, the series by written tick. Memory is scenarios × series × replications × ticks doubles,
/// independent of the region's size.
/// </summary>
public sealed class ComparisonSamples
{
    private readonly Func<IndicatorRow, double>[][] _extract;
    private readonly double[][][] _values;

    /// <param name="plan">The comparison.</param>
    public ComparisonSamples(ComparisonPlan plan)
    {
        var scenarios = plan.Scenarios.Select(s => s.Scenario).ToArray();
        var run = scenarios[0].Run;
        Replications = plan.Replications;
        // A fork's scenarios share every tick before it, so only the ticks after it are compared.
        FirstTick = Math.Max(run.BurnInTicks, plan.ForkAt ?? 0);
        Ticks = run.Ticks - FirstTick;
        var definitions = IndicatorCatalog.SeriesOf(scenarios[0]);
        var series = plan.Indicators.Select(name => new Series(name, definitions[IndicatorCatalog.IndexOf(definitions, name)].Unit)).ToList();
        // public_spend_total gives spend_diff; it is kept as a series of its own unless it is compared anyway.
        Spend = series.FindIndex(x => x.Indicator == SpendIndicator);
        _spendOnlyForCost = Spend < 0;
        if (_spendOnlyForCost)
        {
            Spend = series.Count;
            series.Add(new Series(SpendIndicator, IndicatorCatalog.PublicSpendTotal.Unit));
        }
        foreach (var breakdown in SharedBreakdowns(scenarios))
            foreach (string group in Breakdowns.Groups(scenarios[0], breakdown))
                foreach (string name in plan.Indicators)
                    if (Breakdowns.PerGroup(name) is { } perGroup)
                        series.Add(new Series(perGroup, definitions[IndicatorCatalog.IndexOf(definitions, name)].Unit, breakdown, group));
        All = series;
        _extract = scenarios.Select(s => series.Select(x => Extractor(s, x)).ToArray()).ToArray();
        _values = scenarios.Select(_ => series.Select(_ => new double[Replications * Ticks]).ToArray()).ToArray();
    }

    /// <summary>The indicator that gives each replication's public spending, for <c>spend_diff</c>.</summary>
    public static readonly string SpendIndicator = IndicatorCatalog.PublicSpendTotal.Name;

    private readonly bool _spendOnlyForCost;

    /// <summary>Index of the <see cref="SpendIndicator"/> series.</summary>
    public int Spend { get; }

    /// <summary>Whether series <paramref name="k"/> is reported, rather than kept only for <c>spend_diff</c>.</summary>
    public bool IsCompared(int k) => !(_spendOnlyForCost && k == Spend);

    public IReadOnlyList<Series> All { get; }
    public int Replications { get; }
    public int Ticks { get; }
    public int FirstTick { get; }

    /// <summary>Breakdowns the base asks for whose groups are the same in every scenario (a park breakdown needs the same parks).</summary>
    public static IEnumerable<Breakdown> SharedBreakdowns(IReadOnlyList<Scenario> scenarios) =>
        scenarios[0].Outputs.Breakdowns.Distinct().Where(b => scenarios.All(s =>
            s.Outputs.Breakdowns.Contains(b) && Breakdowns.Groups(s, b).SequenceEqual(Breakdowns.Groups(scenarios[0], b))));

    /// <param name="scenario">Index of the scenario (0 = base).</param>
    /// <param name="row">A written tick of it.</param>
    public void Add(int scenario, IndicatorRow row)
    {
        if (row.Tick < FirstTick) return;
        int at = row.Replication * Ticks + row.Tick - FirstTick;
        for (int k = 0; k < _extract[scenario].Length; k++) _values[scenario][k][at] = _extract[scenario][k](row);
    }

    /// <summary>Series <paramref name="series"/> of replication <paramref name="replication"/> of scenario <paramref name="scenario"/>, by written tick.</summary>
    public ReadOnlySpan<double> Values(int scenario, int series, int replication) =>
        _values[scenario][series].AsSpan(replication * Ticks, Ticks);

    private static Func<IndicatorRow, double> Extractor(Scenario scenario, Series series)
    {
        if (series.Breakdown is not Breakdown breakdown)
        {
            int column = IndicatorCatalog.IndexOf(IndicatorCatalog.SeriesOf(scenario), series.Indicator);
            return row => row.Values[column];
        }
        int group = Breakdowns.Groups(scenario, breakdown).ToList().IndexOf(series.Group!);
        int indicator = Breakdowns.Indicators.ToList().IndexOf(series.Indicator);
        return row => row.Groups.First(g => g.Breakdown == breakdown).Values[group, indicator];
    }
}
