using System.Text;
using System.Text.Json;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;
using ClusterSim.Runner.Comparison;
using ClusterSim.Runner.Output;
using ClusterSim.Runner.Statistics;
using ClusterSim.Runner.Tables;

namespace ClusterSim.Runner.Report;

/// <summary>
/// The report of a single run, read back from its folder (<c>indicators.parquet</c>, manifest, resolved scenario):
/// what was run, the plotted and headline indicators over the final year with their uncertainty across
/// replications, the plots, and provenance.
/// </summary>
public sealed class RunReport
{
    private readonly JsonElement _manifest;
    private readonly Scenario _scenario;
    private readonly IndicatorBands _bands;
    private readonly List<(MeanInterval Interval, IntervalMethod Method)> _finalYear = [];

    private readonly string _folder;

    private RunReport(string folder)
    {
        _folder = Path.GetFullPath(folder);
        _manifest = Provenance.ReadManifest(folder);
        _scenario = ScenarioLoader.Load(Path.Combine(folder, "resolved_scenario.yaml")).Scenario;
        var columns = IndicatorCatalog.SeriesOf(_scenario);
        var shown = ComparisonPlan.Headline.Concat(_scenario.Outputs.Plots).Distinct().ToList();
        _bands = new IndicatorBands(shown, columns);
        var table = TableReader.Read(Path.Combine(folder, "indicators.parquet"));
        var replication = table.Ints("replication");
        var tick = table.Ints("tick");
        var values = Series(folder, table, columns);
        for (int i = 0; i < table.Rows; i++)
            _bands.Add(new IndicatorRow(replication[i], tick[i], values.Select(v => v[i]).ToArray(), []));

        // Each replication's mean over its last 12 written months, then the interval across replications.
        int lastTick = tick.Length > 0 ? tick.Max() : 0;
        int firstOfYear = Math.Max(_scenario.Run.BurnInTicks, lastTick - 11);
        foreach (string name in shown)
        {
            var column = values[IndicatorCatalog.IndexOf(columns, name)];
            var perReplication = Enumerable.Range(0, table.Rows).Where(i => tick[i] >= firstOfYear)
                .GroupBy(i => replication[i]).OrderBy(g => g.Key).Select(g => g.Average(i => column[i])).ToArray();
            // The interval respects the quantity (a count's mean never below 0, a share's within [0, 1]), as the comparison's do.
            var unit = columns[IndicatorCatalog.IndexOf(columns, name)].Unit;
            _finalYear.Add(BoundedInterval.OfMean(perReplication, BoundedInterval.RangeOf(unit), BoundedInterval.KeyOf($"run|{name}")));
        }
    }

    /// <summary>
    /// Every series of the scenario by row of indicators.parquet: the indicators from it, the park series from
    /// parks.parquet, whose rows run park by park within each of those rows.
    /// </summary>
    private static double[][] Series(string folder, TableReader indicators, IReadOnlyList<IndicatorDefinition> columns)
    {
        int fixedColumns = IndicatorCatalog.All.Count, parks = columns.Count > fixedColumns ? (columns.Count - fixedColumns) / ParkIndicators.All.Count : 0;
        var parkTable = parks > 0 ? TableReader.Read(Path.Combine(folder, "parks.parquet")) : null;
        return columns.Select((c, j) =>
        {
            if (j < fixedColumns) return indicators.Doubles(c.Name);
            int park = (j - fixedColumns) / ParkIndicators.All.Count, measure = (j - fixedColumns) % ParkIndicators.All.Count;
            var all = parkTable!.Doubles(ParkIndicators.All[measure].Name);
            return Enumerable.Range(0, indicators.Rows).Select(i => all[i * parks + park]).ToArray();
        }).ToArray();
    }

    /// <param name="folder">A folder <c>clustersim run</c> wrote.</param>
    public static RunReport Load(string folder) => new(folder);

    public string Html()
    {
        var s = _scenario;
        var body = new StringBuilder();
        body.Append($"<h1>Run: {Report.Html.Escape(s.Name)}</h1><p>{Report.Html.Escape(s.Description)}</p>");
        body.Append($"<p class=\"muted\">{s.Run.Replications} replication{(s.Run.Replications == 1 ? "" : "s")} (seeds {s.Run.SeedOf(0)} to {s.Run.SeedOf(s.Run.Replications - 1)}); {s.Run.Ticks} months from {s.Run.Start}, the first {s.Run.BurnInTicks} as burn-in; {s.Population.People:N0} people.</p>");

        body.Append("<h2>Final year</h2><p class=\"muted\">Mean over the last 12 months of each replication, then the mean over replications with its 95 % confidence interval " +
                    "(none with one replication): Student's t, or a percentile bootstrap where t would include values the quantity cannot take.</p>");
        var rows = Enumerable.Range(0, _bands.Names.Count).Select(i =>
        {
            var (interval, method) = _finalYear[i];
            var d = _bands.Definitions[i];
            return (IReadOnlyList<string>)
            [
                Wording.Label(_bands.Names[i]), d.Unit, Wording.Level(interval.Mean, d.Unit, d.Kind),
                s.Run.Replications > 1 ? $"{Wording.Level(interval.Low, d.Unit, d.Kind)} to {Wording.Level(interval.High, d.Unit, d.Kind)}" : "–",
                s.Run.Replications > 1 ? (method == IntervalMethod.Bootstrap ? "bootstrap" : "t") : "–",
            ];
        });
        body.Append(Report.Html.Table(["<indicator", "<unit", "mean", "95 % interval", "<interval"], rows));

        body.Append("<h2>Plots</h2>");
        int p = 0;
        foreach (var (_, plot) in _bands.Plots(s)) body.Append(Report.Html.InlinePlot(plot, $"p{p++}_"));
        body.Append(Provenance.Section(_manifest, _folder));
        return Report.Html.Page($"Run {s.Name}", body.ToString());
    }
}
