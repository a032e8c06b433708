using Parquet;
using Parquet.Schema;

namespace ClusterSim.Runner.Tables;

/// <summary>A Parquet table this runner wrote, read whole into columns by name (reports read their data back from the files, as any reader would).</summary>
public sealed class TableReader
{
    private readonly Dictionary<string, Array> _columns = new(StringComparer.Ordinal);

    private TableReader(string path) => Path = path;

    public string Path { get; }
    public int Rows { get; private set; }

    /// <param name="path">A <c>.parquet</c> file.</param>
    public static TableReader Read(string path)
    {
        var table = new TableReader(path);
        try
        {
            table.Load().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or Parquet.ParquetException)
        {
            throw new BadInputException($"{path}: cannot read it as a Parquet table ({e.Message})");
        }
        return table;
    }

    private async Task Load()
    {
        await using var reader = await ParquetReader.CreateAsync(Path, new ParquetOptions { UseDateOnlyTypeForDates = true });
        var fields = reader.Schema.GetDataFields();
        var parts = fields.Select(_ => new List<Array>()).ToArray();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            Rows += (int)group.RowCount;
            for (int i = 0; i < fields.Length; i++) parts[i].Add(await ReadColumn(group, fields[i], (int)group.RowCount));
        }
        for (int i = 0; i < fields.Length; i++) _columns[fields[i].Name] = Concat(parts[i], fields[i]);
    }

    private static async Task<Array> ReadColumn(ParquetRowGroupReader group, DataField field, int rows)
    {
        if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>))
        {
            var text = new string?[rows];
            await group.ReadAsync(field, text.AsMemory());
            return text.Select(t => t ?? "").ToArray();
        }
        if (field.ClrType == typeof(int))
        {
            var ints = new int?[rows];
            await group.ReadAsync<int>(field, ints.AsMemory());
            return ints.Select(i => i ?? throw new InvalidDataException($"{field.Name}: a missing count")).ToArray();
        }
        if (field.ClrType == typeof(DateOnly))
        {
            var dates = new DateOnly?[rows];
            await group.ReadAsync<DateOnly>(field, dates.AsMemory());
            return dates.Select(d => d ?? throw new InvalidDataException($"{field.Name}: a missing date")).ToArray();
        }
        if (field.ClrType == typeof(long))
        {
            var longs = new long?[rows];
            await group.ReadAsync<long>(field, longs.AsMemory());
            return longs;
        }
        var doubles = new double?[rows];
        await group.ReadAsync<double>(field, doubles.AsMemory());
        return doubles.Select(d => d ?? double.NaN).ToArray();
    }

    private static Array Concat(List<Array> parts, DataField field)
    {
        if (parts.Count == 1) return parts[0];
        var type = parts.Count > 0 ? parts[0].GetType().GetElementType()! : field.ClrType;
        var all = Array.CreateInstance(type, parts.Sum(p => p.Length));
        int at = 0;
        foreach (var p in parts)
        {
            Array.Copy(p, 0, all, at, p.Length);
            at += p.Length;
        }
        return all;
    }

    public string[] Text(string name) => (string[])Column(name);
    public int[] Ints(string name) => (int[])Column(name);

    /// <summary>A numeric column as doubles (an indicator is DOUBLE, or INT32 when it counts); nulls read as NaN.</summary>
    public double[] Doubles(string name) => Column(name) switch
    {
        double[] doubles => doubles,
        int[] ints => ints.Select(i => (double)i).ToArray(),
        _ => throw new BadInputException($"{Path}: column '{name}' is not numeric"),
    };

    private Array Column(string name) =>
        _columns.TryGetValue(name, out var c) ? c : throw new BadInputException($"{Path}: has no column '{name}'");
}
