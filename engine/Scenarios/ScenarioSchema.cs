using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace ClusterSim.Engine.Scenarios;

/// <summary>
/// One key of a scenario section: its YAML name, value type and documentation, and how to read and set it on a
/// section instance (a property of the record, or for <see cref="ModelParameters"/> one of its parameter records).
/// </summary>
internal sealed record SchemaKey(string Name, Type Type, ParamAttribute? Param, Func<object, object?> Get, Action<object, object?> Set)
{
    /// <summary>The record property behind the key; null for the sections of <see cref="ModelParameters"/>.</summary>
    public PropertyInfo? Property { get; init; }
}

/// <summary>
/// The scenario's keys, read from the section records. Loader, writer, docs and tests all walk this one
/// description, so a key added to a record is loaded, written and documented with nothing else to change.
/// </summary>
public static class ScenarioSchema
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<SchemaKey>> Cache = new();

    internal static IReadOnlyList<SchemaKey> KeysOf(Type section) => Cache.GetOrAdd(section, static t => t == typeof(ModelParameters)
        ? ModelParameters.Sections.Select((s, i) => new SchemaKey(s.Section.Key, s.Type, null, o => ((ModelParameters)o).Get(i), (o, v) => ((ModelParameters)o).Set(i, v!))).ToArray()
        : t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .Select(p =>
            {
                var param = p.GetCustomAttribute<ParamAttribute>();
                return new SchemaKey(param?.Key ?? SnakeCase(p.Name), p.PropertyType, param, p.GetValue, p.SetValue) { Property = p };
            })
            .ToArray());

    /// <summary>True for the record types that form mappings of named keys: those marked <see cref="ScenarioSectionAttribute"/>.</summary>
    internal static bool IsSection(Type t) => t.IsClass && t.IsDefined(typeof(ScenarioSectionAttribute), inherit: false);

    public static string SnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    /// <summary>Every leaf key under <paramref name="section"/> as (dotted path, key), depth first in declaration order.</summary>
    internal static IEnumerable<(string Path, SchemaKey Key)> Leaves(Type section, string prefix = "")
    {
        foreach (var key in KeysOf(section))
        {
            string path = prefix.Length == 0 ? key.Name : prefix + "." + key.Name;
            if (IsSection(key.Type))
                foreach (var leaf in Leaves(key.Type, path)) yield return leaf;
            else
                yield return (path, key);
        }
    }

    public static string EnumName<T>(T value) where T : struct, Enum => SnakeCase(value.ToString());
}
