using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace ClusterSim.Engine.Scenarios;

/// <summary>One key of a scenario section: its YAML name, the property behind it and its documentation.</summary>
public sealed record SchemaKey(string Name, PropertyInfo Property, ParamAttribute? Param)
{
    public Type Type => Property.PropertyType;
}

/// <summary>
/// The scenario's keys, read from the section records. Loader, writer, docs and tests all walk this one
/// description, so a key added to a record is loaded, written and documented with nothing else to change.
/// </summary>
public static class ScenarioSchema
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<SchemaKey>> Cache = new();

    public static IReadOnlyList<SchemaKey> KeysOf(Type section) => Cache.GetOrAdd(section, static t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .Select(p =>
            {
                var param = p.GetCustomAttribute<ParamAttribute>();
                return new SchemaKey(param?.Key ?? SnakeCase(p.Name), p, param);
            })
            .ToArray());

    /// <summary>True for the record types that form mappings of named keys.</summary>
    public static bool IsSection(Type t) => t.IsClass && t.Namespace == typeof(Scenario).Namespace && t.GetConstructor(Type.EmptyTypes) is not null;

    public static string SnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    /// <summary>Every leaf key under <paramref name="section"/> as (dotted path, key), depth first in declaration order.</summary>
    public static IEnumerable<(string Path, SchemaKey Key)> Leaves(Type section, string prefix = "")
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
