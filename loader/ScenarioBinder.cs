using System.Globalization;

using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Loader;

/// <summary>
/// Binds a <see cref="YamlNode"/> tree onto the scenario records, collecting every error with its
/// position instead of stopping at the first, and remembering where each key path was written.
/// </summary>
internal sealed class ScenarioBinder(List<ScenarioError> errors)
{
    public Dictionary<string, SourcePosition> Positions { get; } = new(StringComparer.Ordinal);

    public object? Bind(Type type, YamlNode node, string path)
    {
        Positions[path] = node.Position;
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
            return node is YamlScalar { IsNull: true } ? null : Bind(underlying, node, path);
        if (ScenarioSchema.IsSection(type)) return BindSection(type, node, path);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            return BindList(type.GetGenericArguments()[0], node, path);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            return BindMap(type.GetGenericArguments()[1], node, path);
        if (node is not YamlScalar scalar)
            return Fail(node, path, $"expected {Describe(type)}, got a {(node is YamlMapping ? "mapping" : "sequence")}");
        return BindScalar(type, scalar, path);
    }

    private object? BindSection(Type type, YamlNode node, string path)
    {
        var instance = Activator.CreateInstance(type)!;
        if (node is YamlScalar { IsNull: true }) node = new YamlMapping(node.Position, []);
        if (node is not YamlMapping map) return Fail(node, path, "expected a mapping of keys");
        var keys = ScenarioSchema.KeysOf(type);
        foreach (var (key, valueNode) in map.Entries)
        {
            string childPath = Join(path, key.Value);
            var schemaKey = keys.FirstOrDefault(k => k.Name == key.Value);
            if (schemaKey is null)
            {
                string? near = NearestName.Among(key.Value, keys.Select(k => k.Name));
                errors.Add(new ScenarioError(key.Position, childPath,
                    near is null ? "unknown key" : $"unknown key; did you mean '{near}'?"));
                continue;
            }
            var value = Bind(schemaKey.Type, valueNode, childPath);
            if (value is not null || Nullable.GetUnderlyingType(schemaKey.Type) is not null)
            {
                if (value is not null) CheckRange(schemaKey, value, valueNode, childPath);
                schemaKey.Set(instance, value);
            }
        }
        foreach (var k in keys)
            if (k.Param?.Required == true && map.Find(k.Name) is null)
                errors.Add(new ScenarioError(map.Position, Join(path, k.Name), "missing required key"));
        return instance;
    }

    private object? BindList(Type element, YamlNode node, string path)
    {
        if (node is YamlScalar { IsNull: true }) node = new YamlSequence(node.Position, []);
        if (node is not YamlSequence seq) return Fail(node, path, "expected a list");
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        for (int i = 0; i < seq.Items.Count; i++)
        {
            var item = Bind(element, seq.Items[i], $"{path}[{i}]");
            if (item is not null) list.Add(item);
        }
        return list;
    }

    private object? BindMap(Type valueType, YamlNode node, string path)
    {
        if (node is YamlScalar { IsNull: true }) node = new YamlMapping(node.Position, []);
        if (node is not YamlMapping map) return Fail(node, path, "expected a mapping");
        var dict = (System.Collections.IDictionary)Activator.CreateInstance(
            typeof(SortedDictionary<,>).MakeGenericType(typeof(string), valueType), StringComparer.Ordinal)!;
        foreach (var (key, valueNode) in map.Entries)
        {
            string childPath = Join(path, key.Value);
            Positions[childPath] = key.Position;
            var value = Bind(valueType, valueNode, childPath);
            if (value is not null) dict[key.Value] = value;
        }
        return dict;
    }

    private object? BindScalar(Type type, YamlScalar s, string path)
    {
        string v = s.Value;
        if (type == typeof(string)) return s.IsNull ? "" : v;
        if (type == typeof(bool))
            return v switch { "true" => true, "false" => false, _ => Fail(s, path, $"expected true or false, got '{v}'") };
        if (type == typeof(int))
            return int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int i) ? i
                : Fail(s, path, long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? $"integer '{v}' is out of range" : $"expected an integer, got '{v}'");
        if (type == typeof(long))
            return long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l) ? l
                : Fail(s, path, $"expected an integer, got '{v}'");
        if (type == typeof(double))
        {
            if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d)) return d;
            return Fail(s, path, $"expected a finite number, got '{v}'");
        }
        if (type == typeof(YearMonth))
            return YearMonth.TryParse(v, out var ym) ? ym : Fail(s, path, $"expected a month as YYYY-MM, got '{v}'");
        if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type))
                if (ScenarioSchema.SnakeCase(name) == v) return Enum.Parse(type, name);
            var names = Enum.GetNames(type).Select(ScenarioSchema.SnakeCase).ToArray();
            string? near = NearestName.Among(v, names);
            return Fail(s, path, $"'{v}' is not one of {string.Join(", ", names)}" + (near is null ? "" : $"; did you mean '{near}'?"));
        }
        return Fail(s, path, $"unsupported key type {type.Name}");
    }

    private void CheckRange(SchemaKey key, object value, YamlNode node, string path)
    {
        if (key.Param is null) return;
        double? x = value switch { int i => i, long l => l, double d => d, _ => null };
        if (x is double v && (v < key.Param.Min || v > key.Param.Max))
            errors.Add(new ScenarioError(node.Position, path,
                $"{v.ToString(CultureInfo.InvariantCulture)} is out of range [{Format(key.Param.Min)}, {Format(key.Param.Max)}]"));
    }

    private static string Format(double x) => double.IsInfinity(x) ? (x > 0 ? "∞" : "-∞") : x.ToString(CultureInfo.InvariantCulture);

    private object? Fail(YamlNode node, string path, string message)
    {
        errors.Add(new ScenarioError(node.Position, path, message));
        return null;
    }

    private static string Describe(Type t) =>
        t == typeof(string) ? "a string" : t == typeof(bool) ? "true or false" : t == typeof(double) ? "a number" :
        t == typeof(int) || t == typeof(long) ? "an integer" : t.IsEnum ? "a name" : "a value";

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
