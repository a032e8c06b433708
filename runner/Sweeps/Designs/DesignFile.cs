using System.Globalization;
using CsvHelper;

namespace ClusterSim.Runner.Sweeps.Designs;

/// <summary>
/// A design made elsewhere (SALib, EMA Workbench, R): a CSV with a header row naming the swept keys, in any order, and
/// one point per row; an empty cell leaves the key at the scenario's value. Extra columns are refused, so a typo in a
/// key name is not silently ignored.
/// </summary>
public static class DesignFile
{
    public static IEnumerable<double[]> Read(string path, IReadOnlyList<string> keys, Action<string> error)
    {
        if (!File.Exists(path))
        {
            error($"'{path}' does not exist");
            return [];
        }
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            error($"{path}: no header row naming the keys");
            return [];
        }
        var column = new int[keys.Count];
        for (int i = 0; i < keys.Count; i++) column[i] = Array.IndexOf(header, keys[i]);
        foreach (var name in header.Where(h => !keys.Contains(h)))
            error($"{path}: column '{name}' is not a swept key (sweep.parameters names {string.Join(", ", keys)})");
        var points = new List<double[]>();
        while (csv.Read())
        {
            var point = new double[keys.Count];
            for (int i = 0; i < keys.Count; i++)
            {
                string cell = column[i] >= 0 ? csv.GetField(column[i]) ?? "" : "";
                if (cell.Length == 0) point[i] = double.NaN;
                else if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out point[i]) || !double.IsFinite(point[i]))
                    error($"{path}:{csv.Parser.RawRow}: '{cell}' in column {keys[i]} is not a number");
            }
            points.Add(point);
        }
        if (points.Count == 0) error($"{path}: no points (rows after the header)");
        return points;
    }
}
