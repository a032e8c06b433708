using System.Reflection;

namespace ClusterSim.Engine.State;

/// <summary>
/// Growth of column arrays. A table's columns are its public array fields, each declared once: its element
/// type, and where it is not the default, its <see cref="FillAttribute"/> (the value of a new row) and its
/// <see cref="PerRowAttribute"/> (values per row). <see cref="GrowAll"/> grows them all together; tables double
/// their capacity, so large-object-heap reallocations stay rare and the reflection here runs rarely too.
/// </summary>
internal static class Columns
{
    public static void Grow<T>(ref T[] column, int capacity, int width = 1, T fill = default!)
    {
        int old = column.Length;
        Array.Resize(ref column, capacity * width);
        if (!EqualityComparer<T>.Default.Equals(fill, default!)) column.AsSpan(old).Fill(fill);
    }

    public static int NextCapacity(int current, int needed) => Math.Max(needed, Math.Max(16, current * 2));

    /// <summary>Grows every column of <paramref name="table"/> to <paramref name="capacity"/> rows.</summary>
    public static void GrowAll(object table, int capacity)
    {
        foreach (var column in Of(table.GetType()))
            column.Grow.Invoke(null, [table, column.Field, capacity, column.Width(table), column.Fill]);
    }

    // Typed, so that a fill runs as Span.Fill rather than element by element through reflection.
    private static void GrowColumn<T>(object table, FieldInfo field, int capacity, int width, object? fill)
    {
        var column = (T[])field.GetValue(table)!;
        Grow(ref column, capacity, width, fill is null ? default! : (T)fill);
        field.SetValue(table, column);
    }

    private sealed record Column(FieldInfo Field, MethodInfo Grow, object? Fill, Func<object, int> Width);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Column[]> Cache = new();

    private static Column[] Of(Type table) => Cache.GetOrAdd(table, static t => t.GetFields(BindingFlags.Public | BindingFlags.Instance)
        .Where(f => f.FieldType.IsArray)
        .Select(f =>
        {
            var perRow = f.GetCustomAttribute<PerRowAttribute>();
            Func<object, int> width = perRow is null ? _ => 1
                : perRow.Member is { } name ? o => (int)(t.GetProperty(name)?.GetValue(o) ?? t.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
                : _ => perRow.Count;
            var grow = typeof(Columns).GetMethod(nameof(GrowColumn), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(f.FieldType.GetElementType()!);
            return new Column(f, grow, f.GetCustomAttribute<FillAttribute>()?.Value, width);
        })
        .ToArray());
}

/// <summary>The value of a column in a new row, where it is not the element type's default.</summary>
[AttributeUsage(AttributeTargets.Field)]
internal sealed class FillAttribute(object value) : Attribute
{
    public object Value { get; } = value;
}

/// <summary>How many values a column holds per row: a number, or the name of the table's property that gives it.</summary>
[AttributeUsage(AttributeTargets.Field)]
internal sealed class PerRowAttribute : Attribute
{
    public PerRowAttribute(int count) => Count = count;
    public PerRowAttribute(string member) => Member = member;
    public int Count { get; }
    public string? Member { get; }
}
