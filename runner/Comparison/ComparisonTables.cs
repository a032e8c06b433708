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
                    row.Write(table, plan.Base.Scenario.Name, plan.Variants[v - 1].Scenario.Name, series, tick, start.AddMonths(tick),
                        PairedComparison.Of(x, y, BoundedInterval.RangeOf(series.Unit), BoundedInterval.KeyOf($"{v}|{series.Indicator}|{tick}")));
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
        private readonly TextColumn _base = new("base", "The base scenario's name."), _variant = new("variant", "The variant scenario's name."),
            _breakdown = new("breakdown", "The grouping: locality, kind, origin or park."), _group = new("group_name", "The group within the grouping."),
            _indicator = new("indicator", "The indicator compared."), _unit = new("unit", "The indicator's unit, which its statistics share."),
            _window = new("time_window", "The ticks averaged: final_year (the last 12 written) or whole_run (every written tick).");
        private readonly IntColumn _n = new("n", "", "Replications (pairs).");
        private readonly DoubleColumn _baseMean = Stat("base_mean", "Mean of the base's window values."), _baseLo = Stat("base_lo", "Lower end of its 95 % interval."),
            _baseHi = Stat("base_hi", "Upper end of its 95 % interval."), _variantMean = Stat("variant_mean", "Mean of the variant's window values."),
            _variantLo = Stat("variant_lo", "Lower end of its 95 % interval."), _variantHi = Stat("variant_hi", "Upper end of its 95 % interval."),
            _diffMean = Stat("diff_mean", "Mean of the paired differences variant − base."), _diffLo = Stat("diff_lo", "Lower end of its 95 % interval."),
            _diffHi = Stat("diff_hi", "Upper end of its 95 % interval."),
            _dz = new("effect_size_dz", "", "Cohen's d_z: diff_mean over the sd of the differences (empty when they do not vary)."),
            _sign = new("sign_agreement", "share 0–1", "Share of replications whose difference has the sign of diff_mean."),
            _varPaired = new("var_paired", "unit²", "Sample variance of the paired differences."),
            _varUnpaired = new("var_unpaired", "unit²", "var(base) + var(variant): the difference's variance without pairing."),
            _spend = new("spend_diff", "USD/month", "Mean paired difference of public_spend_total over the window."),
            _costEffectiveness = new("cost_effectiveness", "unit per USD/month", "diff_mean / spend_diff (empty when spending is equal).");
        private readonly DoubleColumn _cost = new("cost_per_unit", "USD per unit", "Public money over the window per unit of extra outcome (spend_diff × months over the window's extra outcome: its mean for a stock, its total for a flow); empty when spending or the outcome does not differ."),
            _costLo = new("cost_per_unit_lo", "USD per unit", "Lower end of its 95 % interval (percentile bootstrap of the ratio over the pairs)."),
            _costHi = new("cost_per_unit_hi", "USD per unit", "Upper end of its 95 % interval; infinite where resampled outcomes reach zero.");
        private readonly TextColumn _method = new("interval_method", "How the intervals were computed: t (Student's t), or bootstrap (percentile, where the t-interval would leave the quantity's range).");

        public TableColumn[] Columns => breakdowns
            ? [_base, _variant, _breakdown, _group, .. Stats]
            : [_base, _variant, .. Stats];

        private TableColumn[] Stats =>
        [
            _indicator, _unit, _window, _n, _baseMean, _baseLo, _baseHi, _variantMean, _variantLo, _variantHi,
            _diffMean, _diffLo, _diffHi, _dz, _sign, _varPaired, _varUnpaired, _spend, _costEffectiveness, _method, _cost, _costLo, _costHi,
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
            _method.Add(r.Stats.Method == IntervalMethod.Bootstrap ? "bootstrap" : "t");
            Add(_cost, _costLo, _costHi, r.CostPerUnit);
            table.EndRow();
        }
    }

    /// <summary>A statistic in the compared indicator's unit (the <c>unit</c> column names it).</summary>
    private static DoubleColumn Stat(string name, string description) => new(name, "as unit", description);

    private sealed class TickRow
    {
        private readonly TextColumn _base = new("base", "The base scenario's name."), _variant = new("variant", "The variant scenario's name."),
            _indicator = new("indicator", "The indicator compared."), _unit = new("unit", "The indicator's unit, which its statistics share.");
        private readonly DateColumn _date = new("date", "Calendar month of the tick (CSV YYYY-MM; Parquet DATE, its first day).");
        private readonly IntColumn _tick = new("tick", "months", "Month of the run, from 0."), _n = new("n", "", "Replications (pairs).");
        private readonly DoubleColumn _baseMean = Stat("base_mean", "The base's mean over replications at this tick."), _baseLo = Stat("base_lo", "Lower end of its 95 % interval."),
            _baseHi = Stat("base_hi", "Upper end of its 95 % interval."), _variantMean = Stat("variant_mean", "The variant's mean over replications at this tick."),
            _variantLo = Stat("variant_lo", "Lower end of its 95 % interval."), _variantHi = Stat("variant_hi", "Upper end of its 95 % interval."),
            _diffMean = Stat("diff_mean", "Mean of the paired differences variant − base at this tick."), _diffLo = Stat("diff_lo", "Lower end of its 95 % interval."),
            _diffHi = Stat("diff_hi", "Upper end of its 95 % interval.");

        public TableColumn[] Columns =>
        [
            _base, _variant, _indicator, _unit, _tick, _date, _n, _baseMean, _baseLo, _baseHi, _variantMean, _variantLo, _variantHi, _diffMean, _diffLo, _diffHi,
        ];

        public void Write(TableWriter table, string baseName, string variant, Series series, int tick, YearMonth date, PairedComparison stats)
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
