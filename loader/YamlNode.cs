namespace ClusterSim.Loader;

/// <summary>Where a value came from: a file position, or a command-line override.</summary>
public readonly record struct SourcePosition(string Source, int Line, int Column)
{
    public override string ToString() => $"{Source}:{Line}:{Column}";
}

/// <summary>
/// A YAML node with its position. The loader builds its own small tree from YamlDotNet's event
/// parser (rather than the representation model) so that duplicate keys, every error of a file and
/// the position of every value survive to validation.
/// </summary>
public abstract record YamlNode(SourcePosition Position);

public sealed record YamlScalar(SourcePosition Position, string Value, bool IsPlain) : YamlNode(Position)
{
    /// <summary>A plain <c>null</c>, <c>~</c> or empty scalar.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");
}

public sealed record YamlMapping(SourcePosition Position, List<KeyValuePair<YamlScalar, YamlNode>> Entries) : YamlNode(Position)
{
    public YamlNode? Find(string key)
    {
        foreach (var e in Entries)
            if (e.Key.Value == key) return e.Value;
        return null;
    }

    public void Set(YamlScalar key, YamlNode value)
    {
        for (int i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].Key.Value == key.Value)
            {
                Entries[i] = new(Entries[i].Key, value);
                return;
            }
        }
        Entries.Add(new(key, value));
    }
}

public sealed record YamlSequence(SourcePosition Position, List<YamlNode> Items) : YamlNode(Position);
