using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace ClusterSim.Runner.Tables;

/// <summary>
/// One output table written row by row to CSV, Parquet or both, from one list of typed columns, so the two
/// files always carry the same columns and values. A row sets one value in every column, in order, then
/// <see cref="EndRow"/>. CSV numbers use the shortest round-trip form (equal doubles give equal bytes) and
/// NaN is an empty field; Parquet writes NaN as null, so both read back alike. Parquet columns are buffered
/// and flushed as a row group every <see cref="RowGroupRows"/> rows, so memory stays bounded for long panels.
/// The Parquet file describes itself: its key-value metadata gives each column's unit (<c>COLUMN.unit</c>) and
/// meaning (<c>COLUMN.description</c>) and the output format version.
/// </summary>
public sealed class TableWriter : IDisposable
{
    private const int RowGroupRows = 100_000;
    private readonly TableColumn[] _columns;
    private readonly TextWriter? _csv;
    private readonly bool _ownsCsv;
    private readonly FileStream? _parquetStream;
    private readonly ParquetWriter? _parquet;
    private readonly ParquetSchema _schema;
    private int _column;
    private int _bufferedRows;

    /// <param name="csvPath">CSV file to write, or null.</param>
    /// <param name="parquetPath">Parquet file to write, or null.</param>
    /// <param name="columns">The columns, in file order; each belongs to this table only.</param>
    public TableWriter(string? csvPath, string? parquetPath, IReadOnlyList<TableColumn> columns)
        : this(csvPath is null ? null : new StreamWriter(csvPath, false, new UTF8Encoding(false)) { NewLine = "\n" }, ownsCsv: true, parquetPath, columns)
    {
    }

    /// <summary>A table written as CSV to <paramref name="csv"/>, which stays the caller's (flushed, not closed): stdout, say.</summary>
    public TableWriter(TextWriter csv, IReadOnlyList<TableColumn> columns) : this(csv, ownsCsv: false, null, columns)
    {
    }

    private TableWriter(TextWriter? csv, bool ownsCsv, string? parquetPath, IReadOnlyList<TableColumn> columns)
    {
        _columns = [.. columns];
        foreach (var c in _columns) c.Table = this;
        _schema = new ParquetSchema(_columns.Select(c => c.Field));
        _csv = csv;
        _ownsCsv = ownsCsv;
        if (_csv is not null)
        {
            _csv.Write(string.Join(',', _columns.Select(c => c.Name)));
            _csv.Write('\n');
        }
        if (parquetPath is not null)
        {
            _parquetStream = File.Create(parquetPath);
            _parquet = ParquetWriter.CreateAsync(_schema, _parquetStream).GetAwaiter().GetResult();
            _parquet.CustomMetadata = Metadata(_columns);
        }
    }

    public static IReadOnlyList<string> NamesOf(IEnumerable<TableColumn> columns) => columns.Select(c => c.Name).ToArray();

    /// <summary>The key-value metadata of a Parquet file with these columns.</summary>
    public static Dictionary<string, string> Metadata(IEnumerable<TableColumn> columns)
    {
        var metadata = new Dictionary<string, string> { ["clustersim.output_format_version"] = Output.OutputFormat.Version.ToString(CultureInfo.InvariantCulture) };
        foreach (var c in columns)
        {
            metadata[c.Name + ".unit"] = c.Unit;
            metadata[c.Name + ".description"] = c.Description;
        }
        return metadata;
    }

    internal bool Buffers => _parquet is not null;

    internal void Cell(string csvText)
    {
        if (_csv is null) return;
        if (_column > 0) _csv.Write(',');
        _csv.Write(csvText);
        _column++;
    }

    public void EndRow()
    {
        _csv?.Write('\n');
        _column = 0;
        if (_parquet is not null && ++_bufferedRows == RowGroupRows) Flush();
    }

    private void Flush()
    {
        if (_bufferedRows == 0) return;
        using (var group = _parquet!.CreateRowGroup())
            for (int i = 0; i < _columns.Length; i++) _columns[i].WriteTo(group, _schema.DataFields[i]).GetAwaiter().GetResult();
        _bufferedRows = 0;
    }

    public void Dispose()
    {
        if (_parquet is not null)
        {
            Flush();
            _parquet.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _parquetStream!.Dispose();
        }
        if (_ownsCsv) _csv?.Dispose();
        else _csv?.Flush();
    }

    internal static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";
}

/// <summary>One column of a <see cref="TableWriter"/>; <c>Add</c> sets its value in the current row.</summary>
/// <param name="name">Its header; a name SQL takes unquoted (no reserved word such as <c>group</c> or <c>window</c>).</param>
/// <param name="unit">Its unit (<c>""</c> for a name or an index), written to the Parquet metadata.</param>
/// <param name="description">What it holds, written to the Parquet metadata.</param>
public abstract class TableColumn(string name, string unit, string description)
{
    public string Name { get; } = name;
    public string Unit { get; } = unit;
    public string Description { get; } = description;
    internal TableWriter Table { get; set; } = null!;
    internal abstract DataField Field { get; }
    internal abstract Task WriteTo(ParquetRowGroupWriter group, DataField field);
}

public sealed class TextColumn(string name, string description) : TableColumn(name, "", description)
{
    private readonly List<string> _values = [];
    internal override DataField Field { get; } = new DataField<string>(name, false);

    public void Add(string value)
    {
        Table.Cell(TableWriter.Quote(value));
        if (Table.Buffers) _values.Add(value);
    }

    internal override async Task WriteTo(ParquetRowGroupWriter group, DataField field)
    {
        await group.WriteAsync(field, _values);
        _values.Clear();
    }
}

/// <summary>
/// A numeric column; a missing value is an empty CSV field and a Parquet null, so every numeric column is
/// nullable in the Parquet schema whether or not it ever holds a null.
/// </summary>
public abstract class NumberColumn<T>(string name, string unit, string description) : TableColumn(name, unit, description) where T : struct
{
    private readonly List<T?> _values = [];
    internal override DataField Field { get; } = new DataField<T?>(name);

    private protected void Add(T? value, string csvText)
    {
        Table.Cell(csvText);
        if (Table.Buffers) _values.Add(value);
    }

    internal override async Task WriteTo(ParquetRowGroupWriter group, DataField field)
    {
        await group.WriteAsync<T>(field, _values.ToArray().AsMemory());
        _values.Clear();
    }
}

/// <summary>An INT32 column: counts, ticks, indices.</summary>
public sealed class IntColumn(string name, string unit, string description) : NumberColumn<int>(name, unit, description)
{
    public void Add(int value) => Add(value, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A count the engine keeps as a double (an indicator in units of firms, persons, events …): INT32 in Parquet, as in CSV.</summary>
    /// <exception cref="InvalidOperationException">The value is not a whole number: a count that is not one is a bug.</exception>
    public void AddCount(double value)
    {
        if (double.IsNaN(value)) Add(null, "");
        else if (value != Math.Floor(value) || Math.Abs(value) > int.MaxValue)
            throw new InvalidOperationException($"{Name}: {value.ToString("R", CultureInfo.InvariantCulture)} is not a count");
        else Add((int)value, value.ToString("R", CultureInfo.InvariantCulture));
    }
}

/// <summary>A DOUBLE column; NaN (undefined, e.g. an effect size without variation) is written as missing.</summary>
public sealed class DoubleColumn(string name, string unit, string description) : NumberColumn<double>(name, unit, description)
{
    public void Add(double value) =>
        Add(double.IsNaN(value) ? null : value, double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture));
}

/// <summary>An INT64 column that may be missing, for identifiers such as a firm's parent.</summary>
public sealed class LongColumn(string name, string unit, string description) : NumberColumn<long>(name, unit, description)
{
    public void Add(long? value) => Add(value, value is long v ? v.ToString(CultureInfo.InvariantCulture) : "");
}

/// <summary>A calendar month: <c>YYYY-MM</c> in CSV, a Parquet DATE (the first of the month) so tools read it as a date.</summary>
public sealed class DateColumn(string name, string description) : NumberColumn<DateOnly>(name, "month", description)
{
    public void Add(Engine.Scenarios.YearMonth month) => Add(new DateOnly(month.Year, month.Month, 1), month.ToString());
}
