using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;
using ClusterSim.Loader.Validation;
using ClusterSim.Runner.Checking;
using ClusterSim.Runner.Comparison;
using ClusterSim.Runner.Statistics;

namespace ClusterSim.Runner.Validation;

/// <summary>Reads the files and turns each target and fact into checks, collecting every error.</summary>
internal sealed class ValidationPlanBuilder(string library, IReadOnlyList<string> set, int? replications, List<ScenarioError> errors, List<ScenarioFile> files)
{
    private readonly Dictionary<string, LoadedScenario> _loaded = [];
    public List<ValidationCheck> Checks { get; } = [];
    public IReadOnlyDictionary<string, LoadedScenario> Loaded => _loaded;
    /// <summary>The region files each check names (a not-posable fact runs nothing but still belongs to its regions).</summary>
    public Dictionary<ValidationCheck, IReadOnlyList<string>> RegionFiles { get; } = new(ReferenceEqualityComparer.Instance);

    public void Add(string path)
    {
        LoadedDocument document;
        try
        {
            document = DocumentLoader.Load(path, ScenarioOverrides.None);
        }
        catch (ScenarioException e)
        {
            errors.AddRange(e.Errors);
            return;
        }
        files.AddRange(document.Files);
        string shown = Path.GetRelativePath(library, Path.GetFullPath(path));
        switch (document.Document)
        {
            case TargetsFile t:
                for (int i = 0; i < t.Targets.Count; i++) AddTarget(path, shown, document, t, t.Targets[i], $"targets[{i}]");
                break;
            case FactsFile f:
                for (int i = 0; i < f.Facts.Count; i++) AddFact(path, shown, document, f, f.Facts[i], $"facts[{i}]");
                break;
        }
    }

    private void AddTarget(string path, string shown, LoadedDocument document, TargetsFile file, Target target, string key)
    {
        var run = target.Run ?? file.Run;
        CheckStatistic(target.Statistic, document, key + ".statistic");
        if (target.Scenarios.Count == 0) Error(document, key + ".scenarios", "name at least one scenario");
        var measure = Measure.Of(target.Statistic);
        for (int i = 0; i < target.Scenarios.Count; i++)
        {
            var region = Region(path, target.Scenarios[i], run, document, $"{key}.scenarios[{i}]");
            if (region is null) continue;
            CheckSeries(target.Statistic, region, document, key + ".statistic");
            string unit = measure.Unit;
            ulong bootstrapKey = BoundedInterval.KeyOf($"{shown}|{target.Id}|{target.Part}|{region.Name}");
            var check = new ValidationCheck(shown, IdOf(target.Id, target.Part), false, target.Title, target.Source, region.Name, "target", region.Name,
                measure.Describe(), unit, target.Reference ?? double.NaN, [new MeasureRequest(region.Key, measure)],
                v => Judges.Level(v[0], target.Band, unit, bootstrapKey));
            if (target.ByConstruction is { } rule)
            {
                var judge = check.Judge;
                check = check with { Judge = v => Judges.ByConstruction(judge(v), rule) };
            }
            Add(check, [region.Key.File]);
        }
    }

    private void AddFact(string path, string shown, LoadedDocument document, FactsFile file, Fact fact, string key)
    {
        var run = fact.Run ?? file.Run;
        string id = IdOf(fact.Id, fact.Part);
        object?[] forms = [fact.Level, fact.WithinRun, fact.Paired, fact.Interaction, fact.Ranking, fact.AcrossRegions, fact.Panel, fact.NotPosable];
        int given = forms.Count(f => f is not null);
        if (given != 1)
        {
            Error(document, key, given == 0
                ? "give the fact's test: one of level, within_run, paired, interaction, ranking, across_regions, panel, or not_posable"
                : "give one test per fact (level, within_run, paired, interaction, ranking, across_regions, panel or not_posable); a fact with several has one entry per part");
            return;
        }
        if (fact.NotPosable is { } missing)
        {
            // Nothing runs, but the regions named are checked like any others.
            var named = fact.Regions.Select((r, i) => Region(path, r, run, document, $"{key}.regions[{i}]")).OfType<RegionArm>().ToList();
            Add(new ValidationCheck(shown, id, true, fact.Claim, fact.Seed, string.Join(", ", named.Select(r => r.Name)),
                "not_posable", "", "", "", double.NaN, [], _ => CheckOutcome.NotPosable(missing.Missing)), named.Select(r => r.Key.File).ToList());
            return;
        }
        if (fact.AcrossRegions is { } across)
        {
            AddAcrossRegions(path, shown, document, fact, id, run, across, key + ".across_regions");
            return;
        }
        if (fact.Regions.Count == 0) Error(document, key + ".regions", "name at least one region the fact must hold in");
        for (int i = 0; i < fact.Regions.Count; i++)
        {
            var region = Region(path, fact.Regions[i], run, document, $"{key}.regions[{i}]");
            if (region is null) continue;
            var check = FactCheck(path, shown, document, fact, id, run, region, key);
            if (check is null) continue;
            if (fact.ByConstruction is { } rule)
            {
                var judge = check.Judge;
                check = check with { Judge = v => Judges.ByConstruction(judge(v), rule) };
            }
            Add(check, [region.Key.File]);
        }
    }

    private ValidationCheck? FactCheck(string path, string shown, LoadedDocument document, Fact fact, string id, ValidationRun run, RegionArm region, string key)
    {
        ulong bootstrapKey = BoundedInterval.KeyOf($"{shown}|{id}|{region.Name}");
        foreach (var (statistic, at) in OutcomesOf(fact, key)) CheckSeries(statistic, region, document, at);
        // The statistic's words and unit are those of the measure compared (for a within-run contrast, of both).
        ValidationCheck Make(string form, string conditions, string statistic, string unit, IReadOnlyList<MeasureRequest> requests, Func<IReadOnlyList<double[]>, CheckOutcome> judge) =>
            new(shown, id, true, fact.Claim, fact.Seed, region.Name, form, conditions, statistic, unit, double.NaN, requests, judge);
        ArmKey? ArmOf(Arm arm, string armKey)
        {
            string file = arm.File.Length == 0 ? region.Key.File : ResolvePath(path, arm.File);
            var armKeyValue = new ArmKey(file, [.. run.Set, .. arm.Set, .. set], run.Ticks, replications ?? run.Replications, region.Key.Seed);
            return Load(armKeyValue, document, armKey) is null ? null : armKeyValue;
        }
        switch (fact)
        {
            case { Level: { } level }:
            {
                CheckStatistic(level.Outcome, document, key + ".level.outcome");
                var m = Measure.Of(level.Outcome);
                return Make("level", region.Name, m.Describe(), m.Unit, [new(region.Key, m)], v => Judges.Level(v[0], level.Band, m.Unit, bootstrapKey));
            }
            case { WithinRun: { } within }:
            {
                CheckStatistic(within.Higher, document, key + ".within_run.higher");
                CheckStatistic(within.Lower, document, key + ".within_run.lower");
                Measure higher = Measure.Of(within.Higher), lower = Measure.Of(within.Lower);
                return Make("within_run", region.Name, $"{higher.Describe()} − {lower.Describe()}", higher.Unit,
                    [new(region.Key, higher), new(region.Key, lower)], v => Judges.Difference(Subtract(v[0], v[1]), Direction.Higher));
            }
            case { Paired: { } paired }:
            {
                CheckStatistic(paired.Outcome, document, key + ".paired.outcome");
                var variant = ArmOf(paired.Variant, key + ".paired.variant");
                if (variant is null) return null;
                var m = Measure.Of(paired.Outcome);
                // One indicator over a window is what compare compares: the fact then draws compare's bootstrap
                // numbers too, so its interval is compare's on the same pair.
                ulong pairKey = paired.Outcome is { Kind: StatisticKind.IndicatorMean, Per.Count: 0, Indicators: [var only] }
                    ? WindowComparison.BootstrapKey(1, new Series(only, m.Unit), paired.Outcome.Window == StatisticWindow.FinalYear ? ComparisonWindow.FinalYear : ComparisonWindow.WholeRun)
                    : bootstrapKey;
                return Make("paired", $"{paired.Variant.Label} vs {region.Name}", m.Describe(), m.Unit, [new(region.Key, m), new(variant, m)],
                    v => Judges.Paired(v[0], v[1], paired.Expect, m.Unit, pairKey));
            }
            case { Interaction: { } x }:
            {
                CheckStatistic(x.Outcome, document, key + ".interaction.outcome");
                ArmKey? a = ArmOf(x.A, key + ".interaction.a"), b = ArmOf(x.B, key + ".interaction.b"), both = ArmOf(x.Both, key + ".interaction.both");
                if (a is null || b is null || both is null) return null;
                var m = Measure.Of(x.Outcome);
                // effect(both) − effect(a) − effect(b), each effect paired against the region on the same seeds.
                return Make("interaction", $"{x.Both.Label} vs {x.A.Label} + {x.B.Label}, against {region.Name}", m.Describe(), m.Unit,
                    [new(region.Key, m), new(a, m), new(b, m), new(both, m)],
                    v => Judges.Difference(Enumerable.Range(0, v[0].Length).Select(r => v[3][r] - v[2][r] - v[1][r] + v[0][r]).ToArray(), x.Expect));
            }
            case { Ranking: { } ranking }:
            {
                CheckStatistic(ranking.Outcome, document, key + ".ranking.outcome");
                if (ranking.Arms.Count < 2) Error(document, key + ".ranking.arms", "rank at least two conditions");
                var arms = ranking.Arms.Select((arm, i) => ArmOf(arm, $"{key}.ranking.arms[{i}]")).ToList();
                if (arms.Any(a => a is null) || arms.Count < 2) return null;
                var m = Measure.Of(ranking.Outcome);
                // The weakest link of the order: every consecutive pair is compared on the same seeds, and the
                // one whose interval says least decides.
                return Make("ranking", string.Join(" > ", ranking.Arms.Select(a => a.Label)), m.Describe(), m.Unit, arms.Select(a => new MeasureRequest(a!, m)).ToList(),
                    v => Enumerable.Range(1, v.Count - 1).Select(i => Judges.Paired(v[i], v[i - 1], Direction.Higher, m.Unit, bootstrapKey ^ (ulong)i))
                        .MinBy(o => double.IsNaN(o.Low) ? double.NegativeInfinity : o.Low)!);
            }
            case { Panel: { } panel }:
            {
                var m = new PanelContrast(panel);
                return Make("panel", region.Name, m.Describe(), m.Unit, [new(region.Key, m)], v => Judges.Difference(v[0], Direction.Higher));
            }
            default:
                return null;
        }
    }

    private void AddAcrossRegions(string path, string shown, LoadedDocument document, Fact fact, string id, ValidationRun run, AcrossRegionsTest across, string key)
    {
        CheckStatistic(across.Outcome, document, key + ".outcome");
        var m = Measure.Of(across.Outcome);
        var higher = across.Higher.Select((r, i) => Region(path, r, run, document, $"{key}.higher[{i}]")).ToList();
        var lower = across.Lower.Select((r, i) => Region(path, r, run, document, $"{key}.lower[{i}]")).ToList();
        if (higher.Count == 0 || lower.Count == 0) Error(document, key, "name regions on both sides");
        if (higher.Any(r => r is null) || lower.Any(r => r is null) || higher.Count == 0 || lower.Count == 0) return;
        foreach (var region in higher.Concat(lower)) CheckSeries(across.Outcome, region!, document, key + ".outcome");
        var requests = higher.Concat(lower).Select(r => new MeasureRequest(r!.Key, m)).ToList();
        int split = higher.Count;
        string conditions = $"{string.Join(", ", higher.Select(r => r!.Name))} vs {string.Join(", ", lower.Select(r => r!.Name))} (unpaired)";
        var check = new ValidationCheck(shown, id, true, fact.Claim, fact.Seed, conditions, "across_regions", conditions, m.Describe(), m.Unit, double.NaN, requests,
            v => Judges.Unpaired(v.Skip(split).SelectMany(x => x).ToArray(), v.Take(split).SelectMany(x => x).ToArray()));
        if (fact.ByConstruction is { } rule)
        {
            var judge = check.Judge;
            check = check with { Judge = v => Judges.ByConstruction(judge(v), rule) };
        }
        Add(check, requests.Select(r => r.Arm.File).ToList());
    }

    private static IEnumerable<(Statistic, string)> OutcomesOf(Fact fact, string key)
    {
        if (fact.Level is { } l) yield return (l.Outcome, key + ".level.outcome");
        if (fact.WithinRun is { } w)
        {
            yield return (w.Higher, key + ".within_run.higher");
            yield return (w.Lower, key + ".within_run.lower");
        }
        if (fact.Paired is { } p) yield return (p.Outcome, key + ".paired.outcome");
        if (fact.Interaction is { } x) yield return (x.Outcome, key + ".interaction.outcome");
        if (fact.Ranking is { } r) yield return (r.Outcome, key + ".ranking.outcome");
    }

    private void Add(ValidationCheck check, IReadOnlyList<string> regionFiles)
    {
        Checks.Add(check);
        RegionFiles[check] = regionFiles;
    }

    /// <summary>A region as a condition on its own seed, loaded and checked.</summary>
    private RegionArm? Region(string path, string named, ValidationRun run, LoadedDocument document, string key)
    {
        string file = ResolvePath(path, named);
        // Loaded first on the file's own seed, which then pairs every condition of the region's checks.
        var probe = new ArmKey(file, [.. run.Set, .. set], run.Ticks, replications ?? run.Replications, 0);
        var loaded = Load(probe, document, key, seedFromFile: true);
        if (loaded is null) return null;
        var arm = probe with { Seed = loaded.Scenario.Run.Seed };
        _loaded[arm.Id] = loaded;
        return new RegionArm(arm, loaded.Scenario.Name);
    }

    private LoadedScenario? Load(ArmKey arm, LoadedDocument document, string key, bool seedFromFile = false)
    {
        if (!seedFromFile && _loaded.TryGetValue(arm.Id, out var cached)) return cached;
        if (!File.Exists(arm.File))
        {
            Error(document, key, $"'{Path.GetFileName(arm.File)}' does not exist (looked for {arm.File})");
            return null;
        }
        try
        {
            var loaded = ScenarioLoader.Load(arm.File, seedFromFile ? arm.Overrides with { Seed = null } : arm.Overrides);
            files.AddRange(loaded.Files);
            if (!seedFromFile) _loaded[arm.Id] = loaded;
            return loaded;
        }
        catch (ScenarioException e)
        {
            // Point at the validation file's entry as well as at the scenario's own line.
            errors.Add(new ScenarioError(document.PositionOf(key), key, $"{Path.GetFileName(arm.File)} with {string.Join(" ", arm.Set.Select(s => "--set " + s))}: {e.Errors[0].Message}"));
            errors.AddRange(e.Errors);
            return null;
        }
    }

    private void CheckStatistic(Statistic s, LoadedDocument document, string key)
    {
        foreach (var (at, message) in StatisticChecks.Problems(s, key)) Error(document, at, message);
    }

    private void CheckSeries(Statistic s, RegionArm region, LoadedDocument document, string key)
    {
        foreach (var (at, message) in StatisticChecks.SeriesProblems(s, _loaded[region.Key.Id].Scenario, region.Name, key)) Error(document, at, message);
    }

    private void Error(LoadedDocument document, string key, string message) => errors.Add(new ScenarioError(document.PositionOf(key), key, message));

    private static double[] Subtract(double[] a, double[] b) => a.Select((x, i) => x - b[i]).ToArray();

    /// <summary>A file a validation file names, relative to it, as a full path without ../ in it.</summary>
    private static string ResolvePath(string documentPath, string named) => Path.GetFullPath(FileChecker.Resolve(documentPath, named));

    private static string IdOf(string id, string part) => part.Length == 0 ? id : $"{id}/{part}";

    /// <summary>A region's condition and its scenario name.</summary>
    private sealed record RegionArm(ArmKey Key, string Name);
}
