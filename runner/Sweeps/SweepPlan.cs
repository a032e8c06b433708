using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;
using ClusterSim.Loader.Validation;
using ClusterSim.Runner.Checking;
using ClusterSim.Runner.Sweeps.Designs;

namespace ClusterSim.Runner.Sweeps;

/// <summary>A point of the design: one value per swept key in the file's order (NaN: the key is left at the scenario's value), and the design's labels of it.</summary>
/// <param name="Index">Its place in the design.</param>
/// <param name="Values">Value of each swept key, NaN where the point does not set it.</param>
/// <param name="Labels">What the design says of the point (sobol: sample and block; morris: trajectory, step and factor).</param>
/// <param name="Unit">Its coordinates in the unit cube the design drew it in (lhs, sobol, morris); null for the others.</param>
public sealed record SweepPoint(int Index, IReadOnlyList<double> Values, IReadOnlyList<(string Name, string Value)> Labels, IReadOnlyList<double>? Unit = null);

/// <summary>One run of a sweep: a point in a context with a variant, one replication.</summary>
/// <param name="Id">16 hex digits from the point's values, the context, the variant and the replication: stable when points are added.</param>
/// <param name="Order">Its place in the sweep (point-major), which shards split on.</param>
/// <param name="Point">The point.</param>
/// <param name="Context">The base scenario, as the sweep file names it.</param>
/// <param name="Variant">The policy variant, as the sweep file names it, or "base".</param>
/// <param name="Replication">Replication number from 0.</param>
/// <param name="Seed">The run's seed.</param>
public sealed record SweepRun(string Id, int Order, SweepPoint Point, string Context, string Variant, int Replication, long Seed);

/// <summary>
/// A sweep file made into its runs: the design's points (grid, one_at_a_time, lhs, sobol, morris, file), each in every
/// context with every variant and replication, with ids and seeds, and the outputs each run reports. Everything the
/// file gets wrong is reported together, with file, line and column, before anything runs.
/// </summary>
public sealed class SweepPlan
{
    /// <summary>The outputs when the file names none: the final-year means of the headline stocks.</summary>
    public static readonly IReadOnlyList<SweepOutput> DefaultOutputs = new[] { "firms_alive", "employment", "value_added" }
        .Select(n => new SweepOutput { Name = n, Statistic = new Statistic { Kind = StatisticKind.IndicatorMean, Indicators = [n] } }).ToArray();

    public const string BaseVariant = "base";

    // Loaded scenarios by file and overrides: the replications and variants of a point load each once. Loading runs
    // outside any lock (Lazy), so lanes do not wait on each other's YAML.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<LoadedScenario>> _cache = new(StringComparer.Ordinal);

    private SweepPlan(string path, SweepFile file, IReadOnlyList<string> set, IReadOnlyList<SweepRun> runs, IReadOnlyList<SweepOutput> outputs, string fingerprint,
        IReadOnlyList<LoadedScenario> bases, IReadOnlyList<SweepPoint> points)
    {
        Bases = bases;
        Points = points;
        Path = path;
        File = file;
        Set = set;
        Runs = runs;
        Outputs = outputs;
        Fingerprint = fingerprint;
    }

    /// <summary>The sweep file.</summary>
    public string Path { get; }
    public SweepFile File { get; }
    /// <summary><c>--set</c> overrides applied to every base scenario before the point's.</summary>
    public IReadOnlyList<string> Set { get; }
    public IReadOnlyList<SweepRun> Runs { get; }
    /// <summary>The design's points, in order.</summary>
    public IReadOnlyList<SweepPoint> Points { get; }
    /// <summary>The base scenarios (contexts) with the overrides, as loaded.</summary>
    public IReadOnlyList<LoadedScenario> Bases { get; }
    public IReadOnlyList<SweepOutput> Outputs { get; }
    public IReadOnlyList<SweepParameter> Parameters => File.Sweep.Parameters;
    /// <summary>The base scenarios as the sweep file names them.</summary>
    public IReadOnlyList<string> Contexts => File.Sweep.Contexts.Count > 0 ? File.Sweep.Contexts : [File.Sweep.Scenario];
    /// <summary>SHA-256 of the resolved sweep file and the overrides: shards and restarts must share it.</summary>
    public string Fingerprint { get; }
    public bool NeedsPanel => Outputs.Any(o => Validation.StatisticEvaluator.NeedsPanel(o.Statistic.Kind));

    /// <summary>Reads and checks <paramref name="path"/>; throws a <see cref="ScenarioException"/> with every error.</summary>
    public static SweepPlan Load(string path, IReadOnlyList<string> set)
    {
        var loaded = DocumentLoader.Load(path, ScenarioOverrides.None);
        if (loaded.Document is not SweepFile file)
            throw new ScenarioException([new ScenarioError(loaded.Root, "sweep", $"{path} is not a sweep file (it has no sweep: section)")]);
        var errors = new List<ScenarioError>();
        void Error(string key, string message) => errors.Add(new ScenarioError(loaded.PositionOf(key), key, message));
        var s = file.Sweep;
        var contexts = s.Contexts.Count > 0 ? s.Contexts : s.Scenario.Length > 0 ? [s.Scenario] : [];
        if (contexts.Count == 0) Error("sweep", "name the scenario swept (sweep.scenario) or the base scenarios (sweep.contexts)");
        if (s.Contexts.Count > 0 && s.Scenario.Length > 0) Error("sweep.contexts", "give sweep.scenario or sweep.contexts, not both");
        if (s.Parameters.Count == 0) Error("sweep.parameters", "name at least one key to vary");

        var points = DesignPoints(path, s, Error);
        var outputs = s.Outputs.Count > 0 ? s.Outputs : DefaultOutputs;

        // Every base scenario and variant must load with the overrides, and with each key at its extremes.
        var bases = new List<LoadedScenario>();
        for (int c = 0; c < contexts.Count; c++)
            if (LoadChecked(path, contexts[c], s.Contexts.Count > 0 ? $"sweep.contexts[{c}]" : "sweep.scenario", set, Error, errors) is { } scenario) bases.Add(scenario);
        for (int v = 0; v < s.Variants.Count; v++)
            if (LoadChecked(path, s.Variants[v], $"sweep.variants[{v}]", set, Error, errors) is { } variant && bases.Count > 0)
                foreach (var difference in NonPolicyDifferences(bases[0].Scenario, variant.Scenario))
                    Error($"sweep.variants[{v}]", $"'{s.Variants[v]}' differs from '{contexts[0]}' in {difference}: a variant may change only policies (what it changes is applied in every context)");
        foreach (var series in s.Series.Select((n, i) => (n, i)))
            if (IndicatorCatalog.IndexOf(series.n) < 0 && bases.All(b => IndicatorCatalog.IndexOf(IndicatorCatalog.SeriesOf(b.Scenario), series.n) < 0))
                Error($"sweep.series[{series.i}]", $"'{series.n}' is not an indicator" + (NearestName.Among(series.n, IndicatorCatalog.All.Select(d => d.Name).ToList()) is { } near ? $"; did you mean '{near}'?" : ""));
        CheckOutputs(s, outputs, points, bases.Select((b, c) => (b.Scenario, contexts[c])).ToList(), Error);
        if (errors.Count == 0 && bases.Count > 0) CheckPointsLoad(path, s, contexts, points, set, Error);
        if (errors.Count > 0) throw new ScenarioException(errors);

        var runs = new List<SweepRun>();
        var variants = s.Variants.Prepend(BaseVariant).ToList();
        // A design may visit a point twice (Saltelli's first sample has A = B, Morris trajectories share grid points):
        // each visit is its own run, and a later visit's id carries its number, so ids stay unique and the first
        // visit's id is the one the point would have alone.
        var visits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var point in points)
        {
            string values = Canonical(s.Parameters, point);
            int visit = visits.TryGetValue(values, out int seen) ? seen : 0;
            visits[values] = visit + 1;
            string identity = visit == 0 ? values : $"{values}|visit:{visit}";
            for (int c = 0; c < contexts.Count; c++)
            {
                int replications = s.Replications ?? bases[c].Scenario.Run.Replications;
                foreach (var variant in variants)
                    for (int r = 0; r < replications; r++)
                    {
                        long seed = s.Seeds == SweepSeeds.Common ? bases[c].Scenario.Run.SeedOf(r) : IndependentSeed(values, r);
                        runs.Add(new SweepRun(Hash($"{identity}|c:{contexts[c]}|v:{variant}|r:{r}")[..16], runs.Count, point, contexts[c], variant, r, seed));
                    }
            }
        }
        string fingerprint = Hash(ScenarioWriter.Write(file, typeof(SweepFile)) + "\n" + string.Join("\n", set)
            + "\n" + string.Join("\n", bases.Select(b => ScenarioWriter.Write(b.Scenario))));
        return new SweepPlan(System.IO.Path.GetFullPath(path), file, set, runs, outputs, fingerprint, bases, points);
    }

    /// <summary>The scenario of <paramref name="run"/>: its context at its point (and its variant's policies), seeded for it; replication 0 then runs it.</summary>
    public Scenario ScenarioOf(SweepRun run)
    {
        var sets = Set.Concat(Assignments(Parameters, run.Point)).ToList();
        var scenario = Cached(run.Context, sets).Scenario;
        if (run.Variant != BaseVariant)
        {
            // The variant's policies that differ from the first context's, which it is written against, are set in
            // this context; the context's other policies stay as they are.
            var reference = Cached(Contexts[0], sets).Scenario.Policies;
            var policies = new SortedDictionary<string, PolicySchedule>(scenario.Policies.ToDictionary(), StringComparer.Ordinal);
            foreach (var (lever, schedule) in Cached(run.Variant, sets).Scenario.Policies)
                if (!reference.TryGetValue(lever, out var was) || was != schedule) policies[lever] = schedule;
            scenario = scenario with { Policies = policies };
        }
        return scenario with { Run = scenario.Run with { Seed = run.Seed, Replications = 1 } };
    }

    private LoadedScenario Cached(string named, List<string> sets)
    {
        string key = named + "\n" + string.Join("\n", sets);
        if (_cache.Count > 1024) _cache.Clear(); // bounded: a sweep visits a point's few loads close together
        return _cache.GetOrAdd(key, _ => new Lazy<LoadedScenario>(() => ScenarioLoader.Load(FileChecker.Resolve(Path, named), new ScenarioOverrides(sets)))).Value;
    }

    /// <summary>The point's values as <c>key=value</c> overrides, in the file's key order.</summary>
    public static IEnumerable<string> Assignments(IReadOnlyList<SweepParameter> parameters, SweepPoint point) =>
        parameters.Select((p, i) => (p.Key, Value: point.Values[i])).Where(x => !double.IsNaN(x.Value))
            .Select(x => $"{x.Key}={x.Value.ToString("R", CultureInfo.InvariantCulture)}");

    private static string Canonical(IReadOnlyList<SweepParameter> parameters, SweepPoint point) => "p:" + string.Join(";", Assignments(parameters, point));

    private static long IndependentSeed(string values, int replication) =>
        (long)(BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"seed|{values}|r:{replication}")), 0) >> 2);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static List<SweepPoint> DesignPoints(string path, SweepSettings s, Action<string, string> error)
    {
        var keys = s.Parameters;
        int d = keys.Count;
        bool needsValues = s.Design is SweepDesign.Grid or SweepDesign.OneAtATime;
        bool needsRanges = s.Design is SweepDesign.Lhs or SweepDesign.Sobol or SweepDesign.Morris;
        string design = ScenarioSchema.EnumName(s.Design);
        for (int i = 0; i < d; i++)
        {
            var p = keys[i];
            string at = $"sweep.parameters[{i}]";
            if (needsValues && p.Values.Count == 0) error(at + ".values", $"{design} needs the values the key takes");
            if (needsRanges && (p.Low is null || p.High is null)) error(at, $"{design} needs a range: low and high");
            if (needsRanges && p.Low is double low && p.High is double high)
            {
                if (!(low < high)) error(at + ".high", $"high ({high}) must be above low ({low})");
                if (p.Distribution == SweepDistribution.LogUniform && low <= 0) error(at + ".low", "log_uniform needs low above 0");
            }
            if (keys.Take(i).Any(k => k.Key == p.Key)) error(at + ".key", $"'{p.Key}' is swept twice");
        }
        int? samples = s.Samples;
        if (s.Design is SweepDesign.Lhs or SweepDesign.Sobol && samples is null) error("sweep.samples", $"{design} needs samples");
        if (s.Design == SweepDesign.Morris && s.Trajectories is null) error("sweep.trajectories", "morris needs trajectories");
        if (s.SecondOrder && s.Design != SweepDesign.Sobol) error("sweep.second_order", $"second_order applies to sobol, not {design}");
        if (s.Design == SweepDesign.Morris && s.Levels % 2 != 0) error("sweep.levels", $"{s.Levels}: morris needs an even number of levels");
        if (s.Design == SweepDesign.Sobol && 2 * d > SobolSequence.MaxDimensions)
            error("sweep.parameters", $"sobol with {d} keys needs {2 * d} dimensions of the Sobol sequence; it has {SobolSequence.MaxDimensions}");
        if (s.Design == SweepDesign.File && s.DesignFile.Length == 0) error("sweep.design_file", "file needs design_file");
        if (d == 0) return [];

        SweepPoint Unit(int index, double[] unit, params (string, string)[] labels) =>
            new(index, unit.Select((u, i) => keys[i].Low is null || keys[i].High is null ? double.NaN : UnitRange.Value(keys[i], u)).ToArray(), labels, unit);
        var points = new List<SweepPoint>();
        switch (s.Design)
        {
            case SweepDesign.Grid:
                IEnumerable<double[]> combinations = [[]];
                foreach (var p in keys) combinations = combinations.SelectMany(c => p.Values.Select(v => (double[])[.. c, v]));
                foreach (var c in combinations) points.Add(new SweepPoint(points.Count, c, []));
                break;
            case SweepDesign.OneAtATime:
                points.Add(new SweepPoint(0, Enumerable.Repeat(double.NaN, d).ToArray(), [("varied", "")]));
                for (int i = 0; i < d; i++)
                    foreach (double v in keys[i].Values)
                        points.Add(new SweepPoint(points.Count, Enumerable.Range(0, d).Select(j => j == i ? v : double.NaN).ToArray(), [("varied", keys[i].Key)]));
                break;
            case SweepDesign.Lhs when samples is int n:
                foreach (var u in LatinHypercube.Points(n, d, s.DesignSeed)) points.Add(Unit(points.Count, u));
                break;
            case SweepDesign.Sobol when samples is int n && 2 * d <= SobolSequence.MaxDimensions:
                foreach (var (u, sample, block) in SaltelliDesign.Points(n, d, s.SecondOrder))
                    points.Add(Unit(points.Count, u, ("sample", sample.ToString(CultureInfo.InvariantCulture)), ("block", block)));
                break;
            case SweepDesign.Morris when s.Trajectories is int r && s.Levels % 2 == 0:
                foreach (var (u, trajectory, step, factor) in MorrisDesign.Points(r, d, s.Levels, s.DesignSeed))
                    points.Add(Unit(points.Count, u, ("trajectory", trajectory.ToString(CultureInfo.InvariantCulture)),
                        ("step", step.ToString(CultureInfo.InvariantCulture)), ("factor", factor >= 0 ? keys[factor].Key : "")));
                break;
            case SweepDesign.File when s.DesignFile.Length > 0:
                foreach (var values in DesignFile.Read(FileChecker.Resolve(path, s.DesignFile), keys.Select(k => k.Key).ToList(), m => error("sweep.design_file", m)))
                    points.Add(new SweepPoint(points.Count, values, []));
                break;
        }
        return points;
    }

    /// <summary>
    /// Each output: a column name of its own (not one of results.csv's other columns) and a statistic that validate
    /// would accept (StatisticChecks), its indicators series of every context.
    /// </summary>
    private static void CheckOutputs(SweepSettings s, IReadOnlyList<SweepOutput> outputs, List<SweepPoint> points,
        IReadOnlyList<(Scenario Scenario, string Name)> contexts, Action<string, string> error)
    {
        var taken = SweepColumns.FixedNames.Concat(points.Count > 0 ? points[0].Labels.Select(l => l.Name) : [])
            .Concat(s.Parameters.Select(p => SweepColumns.ColumnOf(p.Key))).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < outputs.Count; i++)
        {
            var o = outputs[i];
            string at = $"sweep.outputs[{i}]";
            if (!System.Text.RegularExpressions.Regex.IsMatch(o.Name, "^[a-z][a-z0-9_]*$")) error(at + ".name", $"'{o.Name}': a column name is lower case letters, digits and _, starting with a letter");
            if (outputs.Take(i).Any(x => x.Name == o.Name)) error(at + ".name", $"'{o.Name}' names two outputs");
            if (taken.Contains(o.Name)) error(at + ".name", $"'{o.Name}' is already a column of results.csv; name the output otherwise");
            foreach (var (key, message) in Validation.StatisticChecks.Problems(o.Statistic, at + ".statistic")) error(key, message);
            foreach (var (scenario, name) in contexts)
                foreach (var (key, message) in Validation.StatisticChecks.SeriesProblems(o.Statistic, scenario, name, at + ".statistic")) error(key, message);
        }
    }

    /// <summary>A scenario the sweep names, loaded with the overrides; its own errors are reported as they are, at their file, line and column.</summary>
    private static LoadedScenario? LoadChecked(string path, string named, string key, IReadOnlyList<string> set, Action<string, string> error, List<ScenarioError> errors)
    {
        string full = FileChecker.Resolve(path, named);
        if (!System.IO.File.Exists(full))
        {
            error(key, $"'{named}' does not exist (looked for {full})");
            return null;
        }
        try
        {
            return ScenarioLoader.Load(full, new ScenarioOverrides(set));
        }
        catch (ScenarioException e)
        {
            errors.AddRange(e.Errors);
            return null;
        }
    }

    /// <summary>
    /// Each key alone must load in every context at every value it takes: each of its values (grid, one_at_a_time),
    /// the ends of its range (lhs, sobol, morris) or its lowest and highest value in the design file; an error points
    /// at the value, the end or the key.
    /// </summary>
    private static void CheckPointsLoad(string path, SweepSettings s, IReadOnlyList<string> contexts, List<SweepPoint> points, IReadOnlyList<string> set, Action<string, string> error)
    {
        for (int i = 0; i < s.Parameters.Count; i++)
        {
            var p = s.Parameters[i];
            string at = $"sweep.parameters[{i}]";
            IEnumerable<(double Value, string At)> tried = s.Design switch
            {
                SweepDesign.Grid or SweepDesign.OneAtATime => p.Values.Select((v, j) => (v, $"{at}.values[{j}]")),
                SweepDesign.File => points.Select(x => x.Values[i]).Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN)
                    .Aggregate((Low: double.PositiveInfinity, High: double.NegativeInfinity), (m, v) => (Math.Min(m.Low, v), Math.Max(m.High, v))) is var (low, high) && low <= high
                    ? [(low, at), (high, at)] : [],
                _ => [(UnitRange.Value(p, 0), $"{at}.low"), (UnitRange.Value(p, 1), $"{at}.high")],
            };
            foreach (var (value, where) in tried.DistinctBy(t => t.Value))
                foreach (var context in contexts)
                {
                    string assignment = $"{p.Key}={value.ToString("R", CultureInfo.InvariantCulture)}";
                    try
                    {
                        ScenarioLoader.Load(FileChecker.Resolve(path, context), new ScenarioOverrides([.. set, assignment]));
                    }
                    catch (ScenarioException e)
                    {
                        foreach (var inner in e.Errors)
                            error(where, $"{p.Key} = {value.ToString(CultureInfo.InvariantCulture)}{(contexts.Count > 1 ? $" in {context}" : "")}: {inner.Message}");
                    }
                }
        }
    }

    private static IEnumerable<string> NonPolicyDifferences(Scenario a, Scenario b) =>
        ScenarioDiff.Differences(a with { Policies = b.Policies, Name = b.Name, Description = b.Description }, b, typeof(Scenario));
}
