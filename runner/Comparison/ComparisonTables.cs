using ClusterSim.Engine.Scenarios;
using ClusterSim.Runner.Statistics;
using ClusterSim.Runner.Tables;

namespace ClusterSim.Runner.Comparison;

/// <summary>
/// The tables of a comparison: <c>comparison.csv</c> (one row per variant, indicator and window),
/// <c>comparison_breakdowns.csv</c> (the same per group, when the base asks for breakdowns) and
/// <c>comparison_ticks.csv</c> (per variant, indicator and tick), each with its <c>.parquet</c> twin.
/// </summary>
public static class ComparisonTables
{
    public static IReadOnlyList<string> SummaryColumns => TableWriter.NamesOf(new SummaryRow().Columns);
    public static IReadOnlyList<string> BreakdownColumns => TableWriter.NamesOf(new SummaryRow(breakdowns: true).Columns);
    public static IReadOnlyList<string> TickColumns => TableWriter.NamesOf(new TickRow().Columns);

    /// <param name="baseName">The base scenario's name.</param>
    /// <param name="results">Every window comparison.</param>
    /// <param name="pathOf">Path of a file in the output folder.</param>
    public static void WriteSummaries(string baseName, IReadOnlyList<WindowComparison> results, Func<string, string> pathOf)
    {
        var region = new SummaryRow();
        using (var table = new TableWriter(pathOf("comparison.csv"), pathOf("comparison.parquet"), region.Columns))
            foreach (var result in results.Where(r => r.Series.Breakdown is null)) region.Write(table, baseName, result);
        if (!results.Any(r => r.Series.Breakdown is not null)) return;
        var grouped = new SummaryRow(breakdowns: true);
        using (var table = new TableWriter(pathOf("comparison_breakdowns.csv"), pathOf("comparison_breakdowns.parquet"), grouped.Columns))
            foreach (var result in results.Where(r => r.Series.Breakdown is not null)) grouped.Write(table, baseName, result);
    }

    /// <param name="plan">The comparison.</param>
    /// <param name="samples">What its runs recorded.</param>
    /// <param name="pathOf">Path of a file in the output folder.</param>
    public static void WriteTicks(ComparisonPlan plan, ComparisonSamples samples, Func<string, string> pathOf)
    {
        var row = new TickRow();
        var start = plan.Base.Scenario.Run.Start;
        using var table = new TableWriter(pathOf("comparison_ticks.csv"), pathOf("comparison_ticks.parquet"), row.Columns);
        var x = new double[samples.Replications];
        var y = new double[samples.Replications];
        for (int v = 1; v <= plan.Variants.Count; v++)
            for (int k = 0; k < samples.All.Count; k++)
            {
                var series = samples.All[k];
                if (series.Breakdown is not null || !samples.IsCompared(k)) continue;
                for (int t = 0; t < samples.Ticks; t++)
                {
                    for (int r = 0; r < x.Length; r++)
                    {
                        x[r] = samples.Values(0, k, r)[t];
                        y[r] = samples.Values(v, k, r)[t];
                    }
                    int tick = samples.FirstTick + t;
                    row.Write(table, plan.Base.Scenario.Name, plan.Variants[v - 1].Scenario.Name, series, tick, start.AddMonths(tick).ToString(), PairedComparison.Of(x, y));
                }
            }
    }

    private static void Add(DoubleColumn mean, DoubleColumn low, DoubleColumn high, MeanInterval interval)
    {
        mean.Add(interval.Mean);
        low.Add(interval.Low);
        high.Add(interval.High);
    }

    private sealed class SummaryRow(bool breakdowns = false)
    {
        private readonly TextColumn _base = new("base"), _variant = new("variant"), _breakdown = new("breakdown"), _group = new("group"),
            _indicator = new("indicator"), _unit = new("unit"), _window = new("window");
        private readonly IntColumn _n = new("n");
        private readonly DoubleColumn _baseMean = new("base_mean"), _baseLo = new("base_lo"), _baseHi = new("base_hi"),
            _variantMean = new("variant_mean"), _variantLo = new("variant_lo"), _variantHi = new("variant_hi"),
            _diffMean = new("diff_mean"), _diffLo = new("diff_lo"), _diffHi = new("diff_hi"),
            _dz = new("effect_size_dz"), _sign = new("sign_agreement"), _varPaired = new("var_paired"), _varUnpaired = new("var_unpaired"),
            _spend = new("spend_diff"), _costEffectiveness = new("cost_effectiveness");

        public TableColumn[] Columns => breakdowns
            ? [_base, _variant, _breakdown, _group, .. Stats]
            : [_base, _variant, .. Stats];

        private TableColumn[] Stats =>
        [
            _indicator, _unit, _window, _n, _baseMean, _baseLo, _baseHi, _variantMean, _variantLo, _variantHi,
            _diffMean, _diffLo, _diffHi, _dz, _sign, _varPaired, _varUnpaired, _spend, _costEffectiveness,
        ];

        public void Write(TableWriter table, string baseName, WindowComparison r)
        {
            _base.Add(baseName);
            _variant.Add(r.Variant);
            if (breakdowns)
            {
                _breakdown.Add(ScenarioSchema.EnumName(r.Series.Breakdown!.Value));
                _group.Add(r.Series.Group!);
            }
            _indicator.Add(r.Series.Indicator);
            _unit.Add(r.Series.Unit);
            _window.Add(ScenarioSchema.EnumName(r.Window));
            _n.Add(r.Stats.N);
            Add(_baseMean, _baseLo, _baseHi, r.Stats.Base);
            Add(_variantMean, _variantLo, _variantHi, r.Stats.Variant);
            Add(_diffMean, _diffLo, _diffHi, r.Stats.Difference);
            _dz.Add(r.Stats.EffectSizeDz);
            _sign.Add(r.Stats.SignAgreement);
            _varPaired.Add(r.Stats.VarPaired);
            _varUnpaired.Add(r.Stats.VarUnpaired);
            _spend.Add(r.SpendDiff);
            _costEffectiveness.Add(r.CostEffectiveness);
            table.EndRow();
        }
    }

    private sealed class TickRow
    {
        private readonly TextColumn _base = new("base"), _variant = new("variant"), _indicator = new("indicator"), _unit = new("unit"), _date = new("date");
        private readonly IntColumn _tick = new("tick"), _n = new("n");
        private readonly DoubleColumn _baseMean = new("base_mean"), _baseLo = new("base_lo"), _baseHi = new("base_hi"),
            _variantMean = new("variant_mean"), _variantLo = new("variant_lo"), _variantHi = new("variant_hi"),
            _diffMean = new("diff_mean"), _diffLo = new("diff_lo"), _diffHi = new("diff_hi");

        public TableColumn[] Columns =>
        [
            _base, _variant, _indicator, _unit, _tick, _date, _n, _baseMean, _baseLo, _baseHi, _variantMean, _variantLo, _variantHi, _diffMean, _diffLo, _diffHi,
        ];

        public void Write(TableWriter table, string baseName, string variant, Series series, int tick, string date, PairedComparison stats)
        {
            _base.Add(baseName);
            _variant.Add(variant);
            _indicator.Add(series.Indicator);
            _unit.Add(series.Unit);
            _tick.Add(tick);
            _date.Add(date);
            _n.Add(stats.N);
            Add(_baseMean, _baseLo, _baseHi, stats.Base);
            Add(_variantMean, _variantLo, _variantHi, stats.Variant);
            Add(_diffMean, _diffLo, _diffHi, stats.Difference);
            table.EndRow();
        }
    }
}
