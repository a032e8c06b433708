using System.Security.Cryptography;
using System.Text;

namespace ClusterSim.Loader;

/// <summary>
/// Reads a YAML file of any kind (scenario, comparison, sweep) into a <see cref="YamlNode"/> tree and
/// follows its <c>extends</c> chain: the base is read first and the file's own keys are deep-merged over it
/// (mappings merge key by key, lists and scalars replace), so a variant names only what differs. Chains may
/// be any length; a cycle is an error. Every file read is recorded with its SHA-256 for the manifest.
/// </summary>
public static class ScenarioFileReader
{
    /// <summary>Scenario files are hand-written; anything larger is almost certainly the wrong file.</summary>
    public const int MaxFileBytes = 1 << 20;

    public const string ExtendsKey = "extends";

    /// <summary>The merged tree of <paramref name="path"/> and its bases, or null when a file could not be read.</summary>
    public static YamlNode? Read(string path, List<ScenarioError> errors, List<ScenarioFile> files) =>
        Read(path, errors, files, []);

    private static YamlNode? Read(string path, List<ScenarioError> errors, List<ScenarioFile> files, List<string> chain)
    {
        string? text = ReadText(path, errors, files);
        if (text is null) return null;
        var root = ReadTree(text, path, errors);
        if (root is not YamlMapping map || map.Find(ExtendsKey) is not { } extendsNode) return root;

        map.Entries.RemoveAll(e => e.Key.Value == ExtendsKey);
        if (extendsNode is not YamlScalar { IsNull: false } target)
        {
            errors.Add(new ScenarioError(extendsNode.Position, ExtendsKey, "expected the path of the base file, relative to this file"));
            return root;
        }
        if (target.Value.Contains('\0'))
        {
            errors.Add(new ScenarioError(target.Position, ExtendsKey, "the path holds a NUL character; no file has such a name"));
            return root;
        }
        string full = Path.GetFullPath(path);
        string basePath = Path.Combine(Path.GetDirectoryName(full)!, target.Value);
        chain.Add(full);
        if (chain.Contains(Path.GetFullPath(basePath)))
        {
            string cycle = string.Join(" → ", chain.Append(Path.GetFullPath(basePath)).Select(Path.GetFileName));
            errors.Add(new ScenarioError(target.Position, ExtendsKey, $"the chain of bases makes a cycle: {cycle}"));
            return root;
        }
        if (!File.Exists(basePath))
        {
            errors.Add(new ScenarioError(target.Position, ExtendsKey, $"base file '{target.Value}' does not exist (looked for {basePath})"));
            return root;
        }
        if (RegularFile.Problem(basePath) is { } notAFile)
        {
            errors.Add(new ScenarioError(target.Position, ExtendsKey, $"base file '{target.Value}' {notAFile}"));
            return root;
        }
        var baseRoot = Read(basePath, errors, files, chain);
        chain.RemoveAt(chain.Count - 1);
        if (baseRoot is not YamlMapping baseMap) return root;
        return Merge(baseMap, map);
    }

    /// <summary>One YAML document as a tree; an empty document is an error.</summary>
    internal static YamlNode? ReadTree(string text, string source, List<ScenarioError> errors)
    {
        var root = YamlReader.ReadDocument(text, source, errors);
        if (root is null && errors.Count == 0)
            errors.Add(new ScenarioError(new SourcePosition(source, 1, 1), "", "the file is empty; a scenario needs at least format_version, name and run"));
        return root;
    }

    /// <summary>The file's text, or null with an error: unreadable, too large, not UTF-8 or binary.</summary>
    private static string? ReadText(string path, List<ScenarioError> errors, List<ScenarioFile> files)
    {
        var at = new SourcePosition(path, 1, 1);
        if (RegularFile.Problem(path) is { } notAFile)
        {
            errors.Add(new ScenarioError(at, "", $"cannot read scenario file: {path} {notAFile}"));
            return null;
        }
        byte[] bytes;
        try
        {
            // The limit is on the bytes read, not the size the file system reports (0 for /proc files and devices).
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            using var read = new MemoryStream();
            var chunk = new byte[64 * 1024];
            for (int n; (n = stream.Read(chunk)) > 0;)
            {
                read.Write(chunk, 0, n);
                if (read.Length > MaxFileBytes)
                {
                    errors.Add(new ScenarioError(at, "", $"the file is larger than {MaxFileBytes / (1 << 20)} MB; scenario files are at most {MaxFileBytes / (1 << 20)} MB (is this the right file?)"));
                    return null;
                }
            }
            bytes = read.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add(new ScenarioError(at, "", "cannot read scenario file: " + e.Message));
            return null;
        }
        files.Add(new ScenarioFile(path, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new ScenarioError(at, "", "not a UTF-8 text file"));
            return null;
        }
        // A byte-order mark, as Windows editors write, is not part of the YAML.
        if (text.StartsWith('\uFEFF')) text = text[1..];
        int nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            int line = text.AsSpan(0, nul).Count('\n') + 1;
            errors.Add(new ScenarioError(new SourcePosition(path, line, nul - text.LastIndexOf('\n', Math.Max(nul - 1, 0))), "", "the file holds a NUL byte: a binary file, not YAML"));
            return null;
        }
        return text;
    }

    /// <summary>Deep merge: the child's mappings merge into the base's, anything else of the child replaces.</summary>
    internal static YamlMapping Merge(YamlMapping baseMap, YamlMapping child)
    {
        var merged = new YamlMapping(child.Position, [.. baseMap.Entries]);
        foreach (var (key, value) in child.Entries)
        {
            var existing = merged.Find(key.Value);
            merged.Set(key, existing is YamlMapping a && value is YamlMapping b ? Merge(a, b) : value);
        }
        return merged;
    }
}
