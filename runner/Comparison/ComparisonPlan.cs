using ClusterSim.Engine.Indicators;

using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;
using ClusterSim.Runner.Checking;

namespace ClusterSim.Runner.Comparison;

/// <summary>
/// A comparison ready to run: a base and its variants loaded with the same overrides and checked to describe
/// the same region on the same clock, so that replication r of each, run on the same seed, differs only by
/// the variant's changes (common random numbers).
/// </summary>
/// <param name="Name">Names the output folder.</param>
/// <param name="Base">The base scenario, with the comparison's replications.</param>
/// <param name="Variants">The variants, with the base's seed and the comparison's replications.</param>
/// <param name="Replications">Replications of every scenario; replication r of each uses seed base.run.seed + r.</param>
/// <param name="Indicators">Indicators compared, in output order.</param>
/// <param name="Windows">Windows over which each replication's indicator is averaged.</param>
/// <param name="Files">Every file read, the comparison file and the <c>extends</c> chains included.</param>
/// <param name="ForkAt">The tick the scenarios fork at from one shared history, or null.</param>
public sealed record ComparisonPlan(
    string Name,
    LoadedScenario Base,
    IReadOnlyList<LoadedScenario> Variants,
    int Replications,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<ComparisonWindow> Windows,
    IReadOnlyList<ScenarioFile> Files,
    int? ForkAt = null)
{
    /// <summary>
    /// Indicators every comparison reports first: stocks of the whole region, which answer "does the region have more
    /// firms and jobs, produce and earn more, sell more abroad?" and then the two indices of what it knows and how
    /// productive its firms are, which rise mechanically with some levers and so come after the outcomes.
    /// </summary>
    public static readonly IReadOnlyList<string> Headline =
    [
        IndicatorCatalog.FirmsAlive.Name, IndicatorCatalog.Employment.Name, IndicatorCatalog.ValueAdded.Name, IndicatorCatalog.ValueAddedPerWorker.Name,
        IndicatorCatalog.Exports.Name, IndicatorCatalog.KnowledgeMean.Name, IndicatorCatalog.ProductivityMean.Name,
    ];

    public IEnumerable<LoadedScenario> Scenarios => Variants.Prepend(Base);

    /// <summary>A comparison file (<c>compare:</c> section) with <paramref name="overrides"/> applied to every scenario it names.</summary>
    /// <param name="path">The comparison file.</param>
    /// <param name="overrides">Overrides applied to the base and every variant alike.</param>
    /// <param name="replications">The <c>--replications</c> override, or null.</param>
    /// <param name="forkAt">The <c>--fork-at</c> override, or null.</param>
    public static ComparisonPlan FromFile(string path, ScenarioOverrides overrides, int? replications, int? forkAt = null)
    {
        var checkedFile = FileChecker.Check(path, overrides);
        if (checkedFile.Document is not ComparisonFile file)
            throw new ScenarioException([new ScenarioError(new SourcePosition(path, 1, 1), "", $"this is a {FileKinds.Name(checkedFile.Kind)} file; compare takes a comparison file or two or more scenario files")]);
        var c = file.Compare;
        return Build(file.Name, checkedFile.Scenarios, replications ?? c.Replications, c.Indicators, c.Windows, checkedFile.Files, forkAt ?? c.ForkAt);
    }

    /// <summary>A comparison of scenario files named on the command line: the first is the base.</summary>
    /// <param name="paths">Base, then variants.</param>
    /// <param name="overrides">Overrides applied to every scenario alike.</param>
    /// <param name="replications">The <c>--replications</c> override, or null.</param>
    /// <param name="forkAt">The <c>--fork-at</c> tick, or null.</param>
    public static ComparisonPlan FromScenarios(IReadOnlyList<string> paths, ScenarioOverrides overrides, int? replications, int? forkAt = null)
    {
        var errors = new List<ScenarioError>();
        var scenarios = new List<LoadedScenario>();
        foreach (var path in paths)
        {
            try
            {
                scenarios.Add(ScenarioLoader.Load(path, overrides));
            }
            catch (ScenarioException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        if (errors.Count > 0) throw new ScenarioException(errors);
        var files = scenarios.SelectMany(s => s.Files).Distinct().ToList();
        return Build($"compare_{scenarios[0].Scenario.Name}", scenarios, replications, [], [ComparisonWindow.FinalYear, ComparisonWindow.WholeRun], files, forkAt);
    }

    private static ComparisonPlan Build(
        string name, IReadOnlyList<LoadedScenario> scenarios, int? replications, IReadOnlyList<string> indicators,
        IReadOnlyList<ComparisonWindow> windows, IReadOnlyList<ScenarioFile> files, int? forkAt)
    {
        var errors = new List<ScenarioError>();
        var baseScenario = scenarios[0];
        if (scenarios.Count < 2)
            errors.Add(new ScenarioError(baseScenario.PositionOf(""), "", "a comparison needs a base and at least one variant"));
        foreach (var variant in scenarios.Skip(1))
            errors.AddRange(Mismatches(baseScenario, variant, null, variant.Scenario.Name));
        foreach (var duplicate in scenarios.GroupBy(s => s.Scenario.Name).Where(g => g.Count() > 1))
            errors.Add(new ScenarioError(duplicate.Last().PositionOf("name"), "name", $"'{duplicate.Key}' names two scenarios of the comparison; each needs its own name (it names its output folder)"));
        int r = replications ?? baseScenario.Scenario.Run.Replications;
        if (r < 2)
            errors.Add(new ScenarioError(baseScenario.PositionOf("run.replications"), "run.replications",
                $"a comparison needs at least 2 replications to give intervals; the base has {r}; pass --replications R or set compare.replications"));
        if (indicators.Count == 0)
            indicators = Headline.Concat(baseScenario.Scenario.Outputs.Plots).Distinct().ToList();
        errors.AddRange(UnknownIndicators(scenarios, indicators, i => baseScenario.PositionOf("outputs.plots")));
        if (forkAt is int fork)
        {
            int ticks = baseScenario.Scenario.Run.Ticks;
            if (fork < 1 || fork >= ticks)
                errors.Add(new ScenarioError(baseScenario.PositionOf("run.ticks"), "fork_at", $"{fork} must be between 1 and run.ticks − 1 ({ticks - 1})"));
            foreach (var variant in scenarios.Skip(1))
                if (FirstDifferenceBefore(baseScenario.Scenario, variant.Scenario, fork) is { } key)
                    errors.Add(new ScenarioError(variant.PositionOf(key), key,
                        $"fork_at {fork}: variant '{variant.Scenario.Name}' differs from the base here, which acts before the fork; a fork needs scenarios equal except for policies that start at or after tick {fork}"));
        }
        if (errors.Count > 0) throw new ScenarioException(errors);

        var seed = baseScenario.Scenario.Run.Seed;
        LoadedScenario Paired(LoadedScenario s) => s with { Scenario = s.Scenario with { Run = s.Scenario.Run with { Replications = r, Seed = seed } } };
        return new ComparisonPlan(name, Paired(baseScenario), scenarios.Skip(1).Select(Paired).ToList(), r, indicators, windows, files, forkAt);
    }

    /// <summary>
    /// The first key at which two scenarios differ in a way that can act before <paramref name="fork"/>, or null:
    /// names, descriptions and outputs never act; a policy entry acts only from its <c>from</c> tick.
    /// </summary>
    /// <param name="a">The base.</param>
    /// <param name="b">A variant.</param>
    /// <param name="fork">The fork tick.</param>
    internal static string? FirstDifferenceBefore(Scenario a, Scenario b, int fork)
    {
        bool StartsLate(Scenario s, string lever) => !s.Policies.TryGetValue(lever, out var p) || p.From >= fork;
        foreach (string key in ScenarioDiff.Differences(a, b, typeof(Scenario)))
        {
            if (key is "name" or "description" || key.StartsWith("outputs.", StringComparison.Ordinal)) continue;
            if (key.StartsWith("policies.", StringComparison.Ordinal))
            {
                string lever = key["policies.".Length..].Split('.')[0];
                if (StartsLate(a, lever) && StartsLate(b, lever)) continue;
            }
            return key;
        }
        return null;
    }

    /// <summary>
    /// Why <paramref name="variant"/> cannot be compared with <paramref name="baseScenario"/>: region, population
    /// or the run's clock differ. Errors are reported at <paramref name="at"/> (a comparison file's entry) or,
    /// when null, where the variant writes the first differing key.
    /// </summary>
    /// <param name="baseScenario">The base.</param>
    /// <param name="variant">The variant checked against it.</param>
    /// <param name="at">Where to report, or null for the variant's own key.</param>
    /// <param name="label">What the error names: the comparison entry's key path or the variant's name.</param>
    internal static IEnumerable<ScenarioError> Mismatches(LoadedScenario baseScenario, LoadedScenario variant, SourcePosition? at, string label)
    {
        var a = baseScenario.Scenario;
        var b = variant.Scenario;
        var differing = ScenarioDiff.Differences(a.Region, b.Region, typeof(RegionSettings), "region")
            .Concat(ScenarioDiff.Differences(a.Population, b.Population, typeof(PopulationSettings), "population"))
            .Concat(ClockDifferences(a.Run, b.Run)).ToList();
        if (differing.Count == 0) yield break;
        string keys = string.Join(", ", differing.Take(5)) + (differing.Count > 5 ? $", … ({differing.Count} keys)" : "");
        var position = at ?? variant.PositionOf(differing[0]);
        yield return new ScenarioError(position, at is null ? differing[0] : label,
            $"{(at is null ? $"variant '{label}': " : "")}region, population and the run's ticks, burn-in and start must equal the base's; they differ at {keys}");
    }

    private static IEnumerable<string> ClockDifferences(RunSettings a, RunSettings b)
    {
        if (a.Ticks != b.Ticks) yield return "run.ticks";
        if (a.BurnInTicks != b.BurnInTicks) yield return "run.burn_in_ticks";
        if (a.Start != b.Start) yield return "run.start";
    }

    /// <summary>Indicators that some scenario of the comparison does not have (a park column of a park only one has, or a misspelling).</summary>
    /// <param name="scenarios">Base and variants.</param>
    /// <param name="indicators">Names to check.</param>
    /// <param name="at">Where the i-th name was written.</param>
    internal static IEnumerable<ScenarioError> UnknownIndicators(IReadOnlyList<LoadedScenario> scenarios, IReadOnlyList<string> indicators, Func<int, SourcePosition> at)
    {
        var columns = scenarios.Select(s => IndicatorCatalog.SeriesOf(s.Scenario)).ToList();
        for (int i = 0; i < indicators.Count; i++)
        {
            int missing = columns.FindIndex(c => IndicatorCatalog.IndexOf(c, indicators[i]) < 0);
            if (missing < 0) continue;
            string? near = NearestName.Among(indicators[i], columns[missing].Select(d => d.Name));
            yield return new ScenarioError(at(i), $"compare.indicators[{i}]",
                $"'{indicators[i]}' is not an indicator of {scenarios[missing].Scenario.Name}" + (near is null ? "" : $"; did you mean '{near}'?"));
        }
    }
}
