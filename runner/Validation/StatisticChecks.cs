using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;
using ClusterSim.Loader.Validation;

namespace ClusterSim.Runner.Validation;

/// <summary>
/// What a <see cref="Statistic"/> written in a file needs before anything runs, for validation and fact files and for
/// sweep outputs alike: the arguments of its kind, known channels, and indicators that are series of the scenario.
/// Each problem comes with the key path it belongs to, so the caller can point at the line.
/// </summary>
public static class StatisticChecks
{
    /// <summary>The problems of <paramref name="s"/> written at <paramref name="key"/>: each with the key path it is about.</summary>
    public static IEnumerable<(string Key, string Message)> Problems(Statistic s, string key)
    {
        bool needsEmployees = s.Kind is StatisticKind.ShareOfFirmsBelow or StatisticKind.ShareOfFirmsAtLeast or StatisticKind.ShareOfEmploymentAtLeast;
        if (needsEmployees && s.Employees is null) yield return (key + ".employees", $"{ScenarioSchema.EnumName(s.Kind)} needs employees");
        if (s.Kind == StatisticKind.Survival && s.Months is null) yield return (key + ".months", "survival needs months");
        if (s.Kind is StatisticKind.InnovationActiveShare or StatisticKind.InnovationActiveGradient && s.Months is int m && m % StatisticEvaluator.Year != 0)
            yield return (key + ".months", $"{m} is not a multiple of 12: the panel records firms' innovations yearly");
        if (s.Kind == StatisticKind.InnovationActiveGradient && (s.SizeClasses.Count < 2 || !s.SizeClasses.Zip(s.SizeClasses.Skip(1)).All(p => p.First < p.Second)))
            yield return (key + ".size_classes", "give at least two increasing lower bounds");
        if (s.Kind == StatisticKind.InnovationSourceShare && s.Channels.Count == 0) yield return (key + ".channels", "name at least one channel");
        if (s.Kind == StatisticKind.InnovationSourceOrder && s.ChannelGroups.Count < 2) yield return (key + ".channel_groups", "give at least two groups");
        if (s.Kind == StatisticKind.OriginShare && s.Origins.Count == 0) yield return (key + ".origins", "name at least one origin");
        if (s.Kind is StatisticKind.IndicatorMean or StatisticKind.IndicatorTotal && s.Indicators.Count == 0) yield return (key + ".indicators", "name at least one indicator");
        if (s.Kind == StatisticKind.IndicatorTotal && s.Per.Count > 0) yield return (key + ".per", "indicator_total sums a window; a ratio is indicator_mean with per");
        var channels = IndicatorCatalog.InnovationsFrom.Select(d => d.Name["innovations_from_".Length..]).ToList();
        foreach (var (channel, at) in s.Channels.Select((c, i) => (c, $"{key}.channels[{i}]"))
                     .Concat(s.ChannelGroups.SelectMany((g, i) => g.Select((c, j) => (c, $"{key}.channel_groups[{i}][{j}]")))))
            if (!channels.Contains(channel))
                yield return (at, $"'{channel}' is not a knowledge channel; the channels are {string.Join(", ", channels)}" + (NearestName.Among(channel, channels) is { } near ? $"; did you mean '{near}'?" : ""));
    }

    /// <summary>The indicators a statistic sums must be series of the scenario it is computed on (a park's series only where the park is).</summary>
    public static IEnumerable<(string Key, string Message)> SeriesProblems(Statistic s, Scenario scenario, string scenarioName, string key)
    {
        var names = IndicatorCatalog.SeriesOf(scenario).Select(d => d.Name).ToList();
        foreach (var (name, at) in s.Indicators.Select((n, i) => (n, $"{key}.indicators[{i}]")).Concat(s.Per.Select((n, i) => (n, $"{key}.per[{i}]"))))
            if (!names.Contains(name))
                yield return (at, $"'{name}' is not a series of {scenarioName}" + (NearestName.Among(name, names) is { } near ? $"; did you mean '{near}'?" : ""));
    }
}
