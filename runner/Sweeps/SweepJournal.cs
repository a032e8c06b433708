using System.Globalization;
using ClusterSim.Runner.Output;
using CsvHelper;

namespace ClusterSim.Runner.Sweeps;

/// <summary>
/// The sweep folder's record of finished runs, which survives any kill: batches of finished runs are committed as part
/// files (<c>parts/NNNNNN.results.csv</c>, and <c>NNNNNN.series.csv</c> beside it when the sweep writes series), each
/// written under a temporary name, flushed to disk and renamed, the series part before the results part. A part
/// counts once its results file exists, so a kill leaves every committed run readable and no run half-written; a
/// series part without its results part is a leftover and is removed. Each part is sorted by run, so the final tables
/// are a streaming merge of the parts in run order, whatever order runs finished in.
/// </summary>
public sealed class SweepJournal
{
    private const string Results = ".results.csv", Series = ".series.csv";
    private readonly string _parts;
    private readonly SweepColumns _columns;
    private int _next;

    public SweepJournal(string folder, SweepColumns columns)
    {
        _parts = Path.Combine(folder, "parts");
        _columns = columns;
        Directory.CreateDirectory(_parts);
        Staging.RemoveStale(_parts);
        foreach (string orphan in Directory.EnumerateFiles(_parts, "*" + Series))
            if (!File.Exists(orphan[..^Series.Length] + Results)) File.Delete(orphan);
        _next = PartFiles().Select(p => int.Parse(Path.GetFileName(p)[..6], CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();
    }

    /// <summary>The ids of the runs committed so far, each with its order.</summary>
    public Dictionary<string, int> Committed()
    {
        var done = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in ReadAll(PartFiles(), _columns.Parse))
            if (!done.TryAdd(record.Id, record.Order))
                throw new InvalidDataException($"run {record.Id} is committed twice in {_parts}");
        return done;
    }

    /// <summary>Commits a batch of finished runs and their series durably, as one part.</summary>
    public void Commit(IReadOnlyList<SweepRecord> records, IReadOnlyList<SeriesValue> series)
    {
        if (records.Count == 0) return;
        string stem = Path.Combine(_parts, _next++.ToString("D6", CultureInfo.InvariantCulture));
        if (series.Count > 0)
            WriteDurably(stem + Series, path =>
            {
                using var writer = SweepColumns.Series(path, null);
                foreach (var v in series.OrderBy(v => v.Order).ThenBy(v => v.Tick)) writer.Write(v);
            });
        WriteDurably(stem + Results, path =>
        {
            using var writer = _columns.Results(path, null);
            foreach (var r in records.OrderBy(r => r.Order)) writer.Write(r);
        });
    }

    /// <summary>Every committed run, in run order, streamed from the parts.</summary>
    public IEnumerable<SweepRecord> Records() => Merge(PartFiles().Select(p => ReadAll([p], _columns.Parse)), r => r.Order);

    /// <summary>Every committed series value, in run order and tick order within a run, streamed from the parts.</summary>
    public IEnumerable<SeriesValue> SeriesValues() =>
        Merge(PartFiles().Select(p => p[..^Results.Length] + Series).Where(File.Exists).Select(p => ReadAll([p], SweepColumns.ParseSeries)), v => v.Order);

    /// <summary>Removes the parts, once the final tables hold what they held.</summary>
    public void Remove() => Directory.Delete(_parts, recursive: true);

    private IEnumerable<string> PartFiles() =>
        Directory.EnumerateFiles(_parts, "*" + Results).Where(p => Path.GetFileName(p).Length == 6 + Results.Length).Order(StringComparer.Ordinal);

    /// <summary>The rows of CSV files this class wrote, header skipped.</summary>
    public static IEnumerable<T> ReadAll<T>(IEnumerable<string> files, Func<IReadOnlyList<string>, T> parse)
    {
        foreach (string file in files)
        {
            using var reader = new StreamReader(file);
            using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
            bool header = true;
            while (csv.Read())
            {
                if (header) { header = false; continue; }
                yield return parse(csv.Record!);
            }
        }
    }

    /// <summary>A k-way merge of sequences each sorted by <paramref name="key"/>: one item of each held at a time.</summary>
    public static IEnumerable<T> Merge<T>(IEnumerable<IEnumerable<T>> sorted, Func<T, int> key)
    {
        var heads = new PriorityQueue<IEnumerator<T>, (int, int)>();
        var all = new List<IEnumerator<T>>();
        try
        {
            foreach (var sequence in sorted)
            {
                var e = sequence.GetEnumerator();
                all.Add(e);
                if (e.MoveNext()) heads.Enqueue(e, (key(e.Current), all.Count));
            }
            while (heads.TryDequeue(out var e, out var priority))
            {
                yield return e.Current;
                if (e.MoveNext()) heads.Enqueue(e, (key(e.Current), priority.Item2));
            }
        }
        finally
        {
            foreach (var e in all) e.Dispose();
        }
    }

    /// <summary>Writes a file whole or not at all: under its temporary name, flushed to disk, renamed, the folder synced.</summary>
    public static void WriteDurably(string path, Action<string> write)
    {
        string temporary = Staging.PathFor(path);
        try
        {
            write(temporary);
            using (var stream = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, 1)) stream.Flush(flushToDisk: true);
            File.Move(temporary, path, overwrite: true);
            Staging.SyncDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        }
        catch
        {
            if (File.Exists(temporary)) File.Delete(temporary);
            throw;
        }
    }
}
