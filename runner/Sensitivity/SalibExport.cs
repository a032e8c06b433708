using System.Globalization;
using System.Text;
using System.Text.Json;
using ClusterSim.Runner.Sweeps;

namespace ClusterSim.Runner.Sensitivity;

/// <summary>
/// A sweep's design and results in the layout SALib reads (docs/sweeps.md gives the Python): <c>salib/problem.json</c>
/// ({num_vars, names, bounds}), <c>salib/X.txt</c> (the design, one whitespace-delimited row per point in design order,
/// which for morris and sobol is SALib's own order) and per block <c>salib/Y.txt</c> (first context, base) or
/// <c>salib/Y.CONTEXT.VARIANT.txt</c>: one column per output, each point's mean over its replications, a # header
/// naming the columns. A point whose output is missing writes nan.
/// </summary>
public static class SalibExport
{
    public const string Folder = "salib";

    public static void Write(string folder, SweepResults results)
    {
        var plan = results.Plan;
        string target = Path.Combine(folder, Folder);
        Directory.CreateDirectory(target);
        var problem = new Dictionary<string, object>
        {
            ["num_vars"] = plan.Parameters.Count,
            ["names"] = plan.Parameters.Select(p => p.Key).ToArray(),
            ["bounds"] = plan.Parameters.Select((p, i) => new[] { p.Low ?? Taken(plan, i).Min(), p.High ?? Taken(plan, i).Max() }).ToArray(),
        };
        SweepJournal.WriteDurably(Path.Combine(target, "problem.json"), p => File.WriteAllText(p, JsonSerializer.Serialize(problem, new JsonSerializerOptions { WriteIndented = true }) + "\n"));
        SweepJournal.WriteDurably(Path.Combine(target, "X.txt"), p => File.WriteAllText(p,
            "# " + string.Join(' ', plan.Parameters.Select(k => k.Key)) + "\n" + string.Concat(plan.Points.Select(point => Line(point.Values) + "\n"))));
        foreach (string context in plan.Contexts)
            foreach (string variant in results.Variants)
            {
                bool first = context == plan.Contexts[0] && variant == SweepPlan.BaseVariant;
                string name = first ? "Y.txt" : $"Y.{Path.GetFileNameWithoutExtension(context)}.{Path.GetFileNameWithoutExtension(variant)}.txt";
                var text = new StringBuilder("# " + string.Join(' ', plan.Outputs.Select(o => o.Name)) + "\n");
                foreach (var point in plan.Points)
                    text.Append(Line(Enumerable.Range(0, plan.Outputs.Count).Select(o => results.Mean(context, variant, point.Index, o)).ToArray())).Append('\n');
                SweepJournal.WriteDurably(Path.Combine(target, name), p => File.WriteAllText(p, text.ToString()));
            }
    }

    private static string Line(IEnumerable<double> values) =>
        string.Join(' ', values.Select(v => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "nan"));

    // A grid's or design file's key has no range: its bounds are the values it takes (NaN, the scenario's value, aside).
    private static IEnumerable<double> Taken(SweepPlan plan, int key) =>
        plan.Points.Select(p => p.Values[key]).Where(double.IsFinite).DefaultIfEmpty(double.NaN);
}
