using System.Collections;

using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Loader;

/// <summary>The key paths at which two resolved documents differ, depth first in declaration order.</summary>
public static class ScenarioDiff
{
    public static IEnumerable<string> Differences(object? a, object? b, Type type, string path = "")
    {
        if (a is null || b is null)
        {
            if (a is not null || b is not null) yield return path;
            yield break;
        }
        if (ScenarioSchema.IsSection(type))
        {
            foreach (var key in ScenarioSchema.KeysOf(type))
                foreach (var d in Differences(key.Get(a), key.Get(b), key.Type, Join(path, key.Name)))
                    yield return d;
        }
        else if (a is IDictionary da && b is IDictionary db)
        {
            var valueType = type.GetGenericArguments()[1];
            var keys = da.Keys.Cast<string>().Union(db.Keys.Cast<string>()).Order(StringComparer.Ordinal);
            foreach (var k in keys)
                foreach (var d in Differences(da.Contains(k) ? da[k] : null, db.Contains(k) ? db[k] : null, valueType, Join(path, k)))
                    yield return d;
        }
        else if (a is IList la && b is IList lb)
        {
            if (la.Count != lb.Count)
            {
                yield return path;
                yield break;
            }
            var element = type.GetGenericArguments()[0];
            for (int i = 0; i < la.Count; i++)
                foreach (var d in Differences(la[i], lb[i], element, $"{path}[{i}]"))
                    yield return d;
        }
        else if (!a.Equals(b))
        {
            yield return path;
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
