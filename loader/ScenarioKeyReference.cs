using System.Globalization;

using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Loader;

/// <summary>One documented scenario key: dotted path (<c>[]</c> for list items, <c>&lt;lever&gt;</c> for map keys), type, unit, default, range and meaning.</summary>
public sealed record ScenarioKeyDoc(string Path, string Type, string Unit, string Default, string Range, string Doc, string Source);

/// <summary>
/// Every key of a scenario outside <c>parameters</c>, and of comparison and sweep files, read from the
/// records: what docs/scenarios.md lists (a test keeps the two equal). The parameters are listed by
/// docs/model.md §8.
/// </summary>
public static class ScenarioKeyReference
{
    public static IEnumerable<ScenarioKeyDoc> Keys() => Keys(FileKind.Scenario);

    public static IEnumerable<ScenarioKeyDoc> Keys(FileKind kind)
    {
        var type = FileKinds.DocumentType(kind);
        return Walk(type, Activator.CreateInstance(type), "");
    }

    private static IEnumerable<ScenarioKeyDoc> Walk(Type section, object? defaults, string prefix)
    {
        foreach (var key in ScenarioSchema.KeysOf(section))
        {
            string path = prefix + key.Name;
            if (path == "parameters") continue;
            var type = key.Type;
            object? value = defaults is null ? null : key.Get(defaults);
            if (ScenarioSchema.IsSection(type))
            {
                foreach (var k in Walk(type, value, path + ".")) yield return k;
                continue;
            }
            var element = type.IsGenericType ? type.GetGenericArguments()[^1] : null;
            if (element is not null && ScenarioSchema.IsSection(element))
            {
                bool map = type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>);
                yield return new ScenarioKeyDoc(path, map ? "mapping" : "list", "", map ? "{}" : "[]", "", key.Param?.Doc ?? "", key.Param?.Source ?? "");
                foreach (var k in Walk(element, Activator.CreateInstance(element), path + (map ? ".<lever>." : "[]."))) yield return k;
                continue;
            }
            yield return new ScenarioKeyDoc(path, TypeName(type), key.Param?.Unit ?? "", Format(value), Range(key.Param), key.Param?.Doc ?? "", key.Param?.Source ?? "");
        }
    }

    private static string TypeName(Type t)
    {
        var u = Nullable.GetUnderlyingType(t);
        if (u is not null) return TypeName(u) + " or empty";
        if (t == typeof(int) || t == typeof(long)) return "integer";
        if (t == typeof(double)) return "number";
        if (t == typeof(bool)) return "boolean";
        if (t == typeof(string)) return "string";
        if (t == typeof(YearMonth)) return "YYYY-MM";
        if (t.IsEnum) return "one of " + string.Join(", ", Enum.GetNames(t).Select(ScenarioSchema.SnakeCase));
        if (t.IsGenericType) return "list of " + TypeName(t.GetGenericArguments()[0]);
        return t.Name;
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Enum e => ScenarioSchema.SnakeCase(e.ToString()),
        string s => s.Length == 0 ? "\"\"" : s,
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object>().Select(Format)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Range(ParamAttribute? p)
    {
        if (p is null || (double.IsInfinity(p.Min) && double.IsInfinity(p.Max))) return "";
        return $"{p.Min.ToString(CultureInfo.InvariantCulture)}–{p.Max.ToString(CultureInfo.InvariantCulture)}";
    }
}
