using System.Text;
using System.Text.Json;

namespace ClusterSim.Runner.Report;

/// <summary>The provenance section of a report, from the folder's <c>manifest.json</c>: what produced these numbers and how to reproduce them.</summary>
internal static class Provenance
{
    public static JsonElement ReadManifest(string folder)
    {
        string path = Path.Combine(folder, "manifest.json");
        if (!File.Exists(path)) throw new BadInputException($"{folder}: has no manifest.json; give a folder written by clustersim run or compare");
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new BadInputException($"{path}:{e.LineNumber + 1}:{e.BytePositionInLine + 1}: not a manifest ({e.Message})");
        }
    }

    /// <param name="manifest">The folder's manifest.</param>
    /// <param name="folder">The folder the report is in, as its reader will find it (never a staging name).</param>
    public static string Section(JsonElement manifest, string folder)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var key in new[] { "output_format_version", "engine_version", "git_commit", "threads", "dotnet_runtime", "os", "vector_isa", "started_utc", "wall_time_seconds", "resolved_scenario_sha256" })
            if (manifest.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null)
                rows.Add([key, value.ToString()]);
        if (manifest.TryGetProperty("seeds", out var seeds))
            rows.Add(["seeds", string.Join(", ", seeds.EnumerateArray().Select(s => s.ToString()))]);
        if (manifest.TryGetProperty("overrides", out var overrides) && overrides.GetArrayLength() > 0)
            rows.Add(["overrides", string.Join(" ", overrides.EnumerateArray().Select(o => "--set " + o.GetString()))]);
        var sb = new StringBuilder("<h2>Provenance</h2>");
        sb.Append(Html.Table(["<key", "<value"], rows));
        var files = manifest.TryGetProperty("files", out var f) ? f : manifest.TryGetProperty("scenario_files", out var sf) ? sf : default;
        if (files.ValueKind == JsonValueKind.Array)
            sb.Append(Html.Table(["<file read", "<SHA-256"], files.EnumerateArray().Select(e => (IReadOnlyList<string>)[e.GetProperty("path").GetString()!, e.GetProperty("sha256").GetString()!])));
        sb.Append($"<p class=\"muted\">Data beside this report, in {Html.Escape(folder)}: every table as CSV and Parquet, manifests and resolved scenarios (see docs/outputs.md).</p>");
        return sb.ToString();
    }
}
