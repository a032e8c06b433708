using System.Globalization;
using ClusterSim.Runner.Tables;

namespace ClusterSim.Runner.Sweeps;

/// <summary>What one finished run reports: its identity, the point's values and its outputs. A row of results.csv.</summary>
/// <param name="Order">The run's place in the sweep.</param>
/// <param name="Id">The run's id.</param>
/// <param name="Point">The point's place in the design.</param>
/// <param name="Scenario">The name of the scenario run (the context's).</param>
/// <param name="Context">The base scenario file, as the sweep names it.</param>
/// <param name="Variant">The policy variant file, or "base".</param>
/// <param name="Replication">Replication number.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Labels">The design's labels of the point, in the design's label order.</param>
/// <param name="Values">The swept keys' values (NaN: left at the scenario's).</param>
/// <param name="Outputs">The outputs, in the sweep's order (NaN where a run has too little data).</param>
public sealed record SweepRecord(int Order, string Id, int Point, string Scenario, string Context, string Variant, int Replication, long Seed,
    IReadOnlyList<string> Labels, IReadOnlyList<double> Values, IReadOnlyList<double> Outputs);

/// <summary>One value of the tick series a run writes when the sweep names <c>series</c>: a row of series.csv (long form).</summary>
public sealed record SeriesValue(int Order, string Id, string Scenario, int Replication, int Tick, Engine.Scenarios.YearMonth Date, string Indicator, double Value);

/// <summary>The columns of results.* and series.* for a plan, and how a row goes in and comes back out of a part file.</summary>
public sealed class SweepColumns
{
    public SweepColumns(IReadOnlyList<string> labels, IReadOnlyList<string> parameters, IReadOnlyList<string> outputs)
    {
        Labels = labels;
        Parameters = parameters;
        Outputs = outputs;
    }

    /// <summary>The design's label columns (sobol: sample, block; morris: trajectory, step, factor; one_at_a_time: varied).</summary>
    public IReadOnlyList<string> Labels { get; }
    /// <summary>The swept keys, as the file names them.</summary>
    public IReadOnlyList<string> Parameters { get; }
    public IReadOnlyList<string> Outputs { get; }

    /// <summary>The column of swept key <paramref name="key"/>: its dots made underscores, so SQL reads it unquoted.</summary>
    public static string ColumnOf(string key) => key.Replace('.', '_');

    public IReadOnlyList<string> ResultNames =>
        [.. Fixed, .. Labels, .. Parameters.Select(ColumnOf), .. Outputs];

    private static readonly string[] Fixed = ["scenario", "replication", "run_id", "run", "point", "context", "variant", "seed"];

    /// <summary>The columns every results table starts with, before the labels, keys and outputs.</summary>
    public static IReadOnlyList<string> FixedNames => Fixed;

    /// <summary>A writer of results rows at <paramref name="csv"/> and <paramref name="parquet"/> (either may be null).</summary>
    public ResultsWriter Results(string? csv, string? parquet) => new(this, t => new TableWriter(csv, parquet, t));

    /// <summary>A writer of results rows as CSV to <paramref name="csv"/> (stdout, for <c>--only</c>).</summary>
    public ResultsWriter Results(TextWriter csv) => new(this, t => new TableWriter(csv, t));

    public sealed class ResultsWriter : IDisposable
    {
        private readonly TableWriter _table;
        private readonly TextColumn _scenario = new("scenario", "the scenario run (its context's name)"), _id = new("run_id", "the run's id"),
            _context = new("context", "the base scenario file, as the sweep names it"), _variant = new("variant", "the policy variant file, or base");
        private readonly IntColumn _replication = new("replication", "", "replication number from 0"), _run = new("run", "", "the run's place in the sweep"),
            _point = new("point", "", "the point's place in the design");
        private readonly LongColumn _seed = new("seed", "", "the run's seed");
        private readonly TextColumn[] _labels;
        private readonly DoubleColumn[] _values, _outputs;

        internal ResultsWriter(SweepColumns columns, Func<IReadOnlyList<TableColumn>, TableWriter> table)
        {
            _labels = columns.Labels.Select(l => new TextColumn(l, "the design's label of the point")).ToArray();
            _values = columns.Parameters.Select(k => new DoubleColumn(ColumnOf(k), "", $"value of {k} (empty: the scenario's)")).ToArray();
            _outputs = columns.Outputs.Select(o => new DoubleColumn(o, "", "output of the run")).ToArray();
            _table = table([_scenario, _replication, _id, _run, _point, _context, _variant, _seed, .. _labels, .. _values, .. _outputs]);
        }

        public void Write(SweepRecord r)
        {
            _scenario.Add(r.Scenario);
            _replication.Add(r.Replication);
            _id.Add(r.Id);
            _run.Add(r.Order);
            _point.Add(r.Point);
            _context.Add(r.Context);
            _variant.Add(r.Variant);
            _seed.Add(r.Seed);
            for (int i = 0; i < _labels.Length; i++) _labels[i].Add(r.Labels[i]);
            for (int i = 0; i < _values.Length; i++) _values[i].Add(r.Values[i]);
            for (int i = 0; i < _outputs.Length; i++) _outputs[i].Add(r.Outputs[i]);
            _table.EndRow();
        }

        public void Dispose() => _table.Dispose();
    }

    /// <summary>A results row read back from a CSV this class wrote.</summary>
    public SweepRecord Parse(IReadOnlyList<string> cells)
    {
        static double Number(string s) => s.Length == 0 ? double.NaN : double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        int at = Fixed.Length;
        var labels = cells.Skip(at).Take(Labels.Count).ToArray();
        var values = cells.Skip(at + Labels.Count).Take(Parameters.Count).Select(Number).ToArray();
        var outputs = cells.Skip(at + Labels.Count + Parameters.Count).Take(Outputs.Count).Select(Number).ToArray();
        return new SweepRecord(int.Parse(cells[3], CultureInfo.InvariantCulture), cells[2], int.Parse(cells[4], CultureInfo.InvariantCulture), cells[0],
            cells[5], cells[6], int.Parse(cells[1], CultureInfo.InvariantCulture), long.Parse(cells[7], CultureInfo.InvariantCulture), labels, values, outputs);
    }

    public static IReadOnlyList<string> SeriesNames => ["scenario", "replication", "tick", "date", "run_id", "run", "indicator", "value"];

    /// <summary>A writer of series rows.</summary>
    public static SeriesWriter Series(string? csv, string? parquet) => new(csv, parquet);

    public sealed class SeriesWriter : IDisposable
    {
        private readonly TableWriter _table;
        private readonly TextColumn _scenario = new("scenario", "the scenario run"), _id = new("run_id", "the run's id"), _indicator = new("indicator", "the indicator");
        private readonly IntColumn _replication = new("replication", "", "replication number from 0"), _tick = new("tick", "month", "tick from 0"),
            _run = new("run", "", "the run's place in the sweep");
        private readonly DateColumn _date = new("date", "the tick's month");
        private readonly DoubleColumn _value = new("value", "", "the indicator's value at the tick (its unit: docs/outputs.md)");

        internal SeriesWriter(string? csv, string? parquet) => _table = new TableWriter(csv, parquet, [_scenario, _replication, _tick, _date, _id, _run, _indicator, _value]);

        public void Write(SeriesValue v)
        {
            _scenario.Add(v.Scenario);
            _replication.Add(v.Replication);
            _tick.Add(v.Tick);
            _date.Add(v.Date);
            _id.Add(v.Id);
            _run.Add(v.Order);
            _indicator.Add(v.Indicator);
            _value.Add(v.Value);
            _table.EndRow();
        }

        public void Dispose() => _table.Dispose();
    }

    public static SeriesValue ParseSeries(IReadOnlyList<string> c)
    {
        if (!Engine.Scenarios.YearMonth.TryParse(c[3], out var date)) throw new InvalidDataException($"'{c[3]}' is not a month");
        return new(int.Parse(c[5], CultureInfo.InvariantCulture), c[4], c[0], int.Parse(c[1], CultureInfo.InvariantCulture), int.Parse(c[2], CultureInfo.InvariantCulture),
            date, c[6], c[7].Length == 0 ? double.NaN : double.Parse(c[7], NumberStyles.Float, CultureInfo.InvariantCulture));
    }
}
