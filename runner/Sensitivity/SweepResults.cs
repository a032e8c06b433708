using ClusterSim.Runner.Sweeps;

namespace ClusterSim.Runner.Sensitivity;

/// <summary>
/// A finished sweep's runs grouped as the analyses read them: by block (a context with a variant, each its own design
/// on common random numbers), then by point, then by replication.
/// </summary>
public sealed class SweepResults
{
    private readonly Dictionary<(string Context, string Variant), Dictionary<int, SweepRecord[]>> _blocks = [];

    public SweepResults(SweepPlan plan, IEnumerable<SweepRecord> records)
    {
        Plan = plan;
        foreach (var group in records.GroupBy(r => (r.Context, r.Variant, r.Point)))
        {
            if (!_blocks.TryGetValue((group.Key.Context, group.Key.Variant), out var points))
                _blocks[(group.Key.Context, group.Key.Variant)] = points = [];
            points[group.Key.Point] = [.. group.OrderBy(r => r.Replication)];
        }
    }

    public SweepPlan Plan { get; }

    /// <summary>The design's points, in order.</summary>
    public IReadOnlyList<SweepPoint> Points => Plan.Points;

    /// <summary>The variants as the sweep names them, the base first.</summary>
    public IReadOnlyList<string> Variants => [SweepPlan.BaseVariant, .. Plan.File.Sweep.Variants];

    /// <summary>The runs of <paramref name="point"/> in a block, by replication (empty when none ran).</summary>
    public IReadOnlyList<SweepRecord> Runs(string context, string variant, int point) =>
        _blocks.TryGetValue((context, variant), out var points) && points.TryGetValue(point, out var runs) ? runs : [];

    /// <summary>The mean of output <paramref name="output"/> over the point's replications that have it; NaN when none has.</summary>
    public double Mean(string context, string variant, int point, int output)
    {
        double sum = 0;
        int n = 0;
        foreach (var run in Runs(context, variant, point))
            if (double.IsFinite(run.Outputs[output])) { sum += run.Outputs[output]; n++; }
        return n > 0 ? sum / n : double.NaN;
    }

    /// <summary>
    /// The replication noise of output <paramref name="output"/> in a block: the variance of a point's mean over its
    /// replications that the seeds alone cause, from the within-point variance pooled over the points with two or more
    /// replications, over the mean number of replications. Null when no point has two.
    /// </summary>
    public double? NoiseOfMean(string context, string variant, int output)
    {
        double squares = 0, replications = 0;
        int freedom = 0, points = 0;
        foreach (var point in Points)
        {
            var values = Runs(context, variant, point.Index).Select(r => r.Outputs[output]).Where(double.IsFinite).ToArray();
            if (values.Length < 2) continue;
            squares += Statistics.MeanInterval.VarianceOf(values) * (values.Length - 1);
            freedom += values.Length - 1;
            replications += values.Length;
            points++;
        }
        return freedom > 0 ? squares / freedom / (replications / points) : null;
    }

    /// <summary>The scenario name of a context (its runs' scenario column).</summary>
    public string ScenarioOf(string context) =>
        _blocks.Where(b => b.Key.Context == context).SelectMany(b => b.Value.Values).Select(r => r[0].Scenario).FirstOrDefault() ?? context;
}
