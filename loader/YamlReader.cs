using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClusterSim.Loader;

/// <summary>Parses YAML text into <see cref="YamlNode"/> trees, reporting duplicate keys and syntax errors with positions.</summary>
public static class YamlReader
{
    /// <summary>Scenarios nest a few levels; a limit keeps a pathological file from exhausting the stack.</summary>
    public const int MaxDepth = 32;

    /// <summary>Parses one document. Syntax errors are fatal (the parser cannot go on); duplicate keys are collected.</summary>
    public static YamlNode? ReadDocument(string text, string source, List<ScenarioError> errors)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, source, errors, "", 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
                errors.Add(new ScenarioError(Position(source, parser.Current!.Start), "", "a scenario file holds one YAML document"));
            return root;
        }
        catch (YamlException e)
        {
            string message = e.InnerException?.Message ?? e.Message;
            // YamlDotNet prefixes its messages with the position, which we print ourselves.
            int paren = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line:", StringComparison.Ordinal) && paren > 0) message = message[(paren + 3)..];
            errors.Add(new ScenarioError(Position(source, e.Start), "", "YAML syntax: " + message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unterminated constructs at the end of input.
            int line = text.Count(c => c == '\n') + 1;
            errors.Add(new ScenarioError(new SourcePosition(source, line, text.Length - text.LastIndexOf('\n')), "",
                "YAML syntax: unexpected end of file (an unclosed bracket, brace or quote?)"));
            return null;
        }
    }

    private static YamlNode ReadNode(IParser parser, string source, List<ScenarioError> errors, string path, int depth)
    {
        if (depth > MaxDepth)
            throw new YamlException(parser.Current!.Start, parser.Current.End, $"nested more than {MaxDepth} levels deep; scenarios nest a few levels");
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            RefuseTag(scalar.Tag, scalar.Start, source, errors, path);
            return new YamlScalar(Position(source, scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
        }
        if (parser.TryConsume<MappingStart>(out var mapStart))
        {
            RefuseTag(mapStart.Tag, mapStart.Start, source, errors, path);
            var map = new YamlMapping(Position(source, mapStart.Start), []);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, source, errors, path, depth + 1);
                if (keyNode is not YamlScalar key)
                {
                    errors.Add(new ScenarioError(keyNode.Position, path, "keys must be plain names"));
                    ReadNode(parser, source, errors, path, depth + 1);
                    continue;
                }
                string childPath = path.Length == 0 ? key.Value : path + "." + key.Value;
                var value = ReadNode(parser, source, errors, childPath, depth + 1);
                if (map.Find(key.Value) is not null)
                    errors.Add(new ScenarioError(key.Position, childPath, "duplicate key"));
                else
                    map.Entries.Add(new(key, value));
            }
            return map;
        }
        if (parser.TryConsume<SequenceStart>(out var seqStart))
        {
            RefuseTag(seqStart.Tag, seqStart.Start, source, errors, path);
            var seq = new YamlSequence(Position(source, seqStart.Start), []);
            while (!parser.TryConsume<SequenceEnd>(out _))
                seq.Items.Add(ReadNode(parser, source, errors, path, depth + 1));
            return seq;
        }
        var current = parser.Current!;
        throw new YamlException(current.Start, current.End,
            current is AnchorAlias ? "anchors and aliases are not supported in scenarios" : $"unexpected {current.GetType().Name}");
    }

    /// <summary>
    /// A tag (<c>!!str</c>, <c>!!binary</c>, <c>!custom</c>) would change how a value is read, and a scenario's
    /// keys have one type each: a tag is refused rather than silently ignored.
    /// </summary>
    private static void RefuseTag(TagName tag, Mark at, string source, List<ScenarioError> errors, string path)
    {
        if (tag.IsEmpty || tag.IsNonSpecific) return;
        const string Core = "tag:yaml.org,2002:";
        string written = tag.Value.StartsWith(Core, StringComparison.Ordinal) ? "!!" + tag.Value[Core.Length..] : tag.Value;
        errors.Add(new ScenarioError(Position(source, at), path, $"YAML tag '{written}': scenarios do not use tags; write the value without it (every key has one type, see docs/scenarios.md)"));
    }

    private static SourcePosition Position(string source, Mark mark) => new(source, (int)mark.Line, (int)mark.Column);
}
