using ClusterSim.Engine.Indicators;
using ClusterSim.Loader.Validation;
using ClusterSim.Runner.Statistics;
using ClusterSim.Runner.Validation.Estimators;

namespace ClusterSim.Runner.Validation;

/// <summary>
/// Computes a <see cref="Statistic"/> from one replication's output: firm-level statistics from the panel, flows
/// and stocks from the indicators. NaN when the replication has too little data for it (e.g. no firm in a class).
/// </summary>
public static class StatisticEvaluator
{
    /// <summary>Months in a simulated year: the panel's and the rates' period.</summary>
    public const int Year = 12;

    public static bool NeedsPanel(StatisticKind kind) => kind is not (StatisticKind.BirthRate or StatisticKind.DeathRate
        or StatisticKind.JobChangeRate or StatisticKind.InnovationSourceShare or StatisticKind.InnovationSourceOrder or StatisticKind.IndicatorMean or StatisticKind.IndicatorTotal);

    /// <summary>The unit of a statistic's value, which bounds its interval.</summary>
    public static string UnitOf(StatisticKind kind) => kind switch
    {
        StatisticKind.SizeTailExponent or StatisticKind.SizeTailExponentLogBinned => "exponent",
        StatisticKind.RdLogitSlope => "log-odds per log employee",
        StatisticKind.RdSizeElasticity => "elasticity",
        StatisticKind.InnovationActiveGradient or StatisticKind.InnovationSourceOrder => "difference of shares",
        StatisticKind.IndicatorMean or StatisticKind.IndicatorTotal => "",
        _ => Quantities.Share,
    };

    public static double Of(Statistic statistic, ReplicationOutput output) => statistic.Kind switch
    {
        StatisticKind.SizeTailExponent => PowerLawTail.Fit(SizesAtEnd(statistic, output), discrete: true)?.Alpha ?? double.NaN,
        StatisticKind.SizeTailExponentLogBinned => LogBinned(SizesAtEnd(statistic, output)),
        StatisticKind.ShareOfFirmsBelow => ShareOf(SizesAtEnd(statistic, output), s => s < statistic.Employees!.Value),
        StatisticKind.ShareOfFirmsAtLeast => ShareOf(SizesAtEnd(statistic, output), s => s >= statistic.Employees!.Value),
        StatisticKind.ShareOfEmploymentAtLeast => EmploymentShare(SizesAtEnd(statistic, output), statistic.Employees!.Value),
        StatisticKind.Survival => Survival(statistic, output),
        StatisticKind.BirthRate => AnnualRate(output, IndicatorCatalog.FirmBirths.Name),
        StatisticKind.DeathRate => AnnualRate(output, IndicatorCatalog.FirmDeaths.Name),
        StatisticKind.JobChangeRate => JobChangeRate(output),
        StatisticKind.InnovationActiveShare => InnovationActive(output, statistic.Firms, InnovationsInWindow(statistic, output)),
        StatisticKind.InnovationActiveGradient => InnovationActiveGradient(statistic, output),
        StatisticKind.InnovationSourceShare => SourceShare(output, statistic.Channels),
        StatisticKind.InnovationSourceOrder => SourceOrder(output, statistic.ChannelGroups),
        StatisticKind.RdLogitSlope => RdLogit(statistic, output),
        StatisticKind.RdSizeElasticity => RdElasticity(statistic, output),
        StatisticKind.OriginShare => ShareOf(AtEnd(statistic.Firms, output), f => statistic.Origins.Contains(f.Origin)),
        StatisticKind.InnovationShareOfFirms => InnovationShareOfFirms(statistic, output),
        StatisticKind.IndicatorMean => IndicatorMean(statistic, output),
        StatisticKind.IndicatorTotal => WindowOf(statistic, output, statistic.Indicators).Sum(),
        _ => throw new ArgumentOutOfRangeException(nameof(statistic), statistic.Kind, "unknown statistic"),
    };

    public static IEnumerable<PanelRecord> AtEnd(FirmPopulation firms, ReplicationOutput output) =>
        output.FirmsAtEnd().Where(f => firms.Matches(f, output.Scenario));

    private static double[] SizesAtEnd(Statistic s, ReplicationOutput output) => AtEnd(s.Firms, output).Select(f => (double)f.Employees).ToArray();

    private static double ShareOf<T>(IEnumerable<T> items, Func<T, bool> counted)
    {
        int n = 0, k = 0;
        foreach (var item in items)
        {
            n++;
            if (counted(item)) k++;
        }
        return n > 0 ? k / (double)n : double.NaN;
    }

    private static double EmploymentShare(double[] sizes, int threshold)
    {
        double total = sizes.Sum();
        return total > 0 ? sizes.Where(s => s >= threshold).Sum() / total : double.NaN;
    }

    private static double LogBinned(double[] sizes) =>
        PowerLawTail.Fit(sizes, discrete: true) is { } fit ? PowerLawTail.LogBinnedAlpha(sizes, fit.Cutoff) : double.NaN;

    /// <summary>
    /// Kaplan–Meier survival to the horizon, per birth-year cohort of the firms born after burn-in (censored at the
    /// run's end), averaged over the cohorts that reach the horizon, each weighted by its size.
    /// </summary>
    private static double Survival(Statistic s, ReplicationOutput output)
    {
        double weighted = 0, weights = 0;
        foreach (var cohort in Births(s.Firms, output).GroupBy(b => b.Cohort))
        {
            var km = new KaplanMeier(cohort.Select(b => b.Observation));
            double survival = km.SurvivalAt(s.Months!.Value);
            if (double.IsNaN(survival)) continue;
            weighted += survival * km.Subjects;
            weights += km.Subjects;
        }
        return weights > 0 ? weighted / weights : double.NaN;
    }

    /// <summary>
    /// The firms of <paramref name="firms"/> born after burn-in, each with its birth-year cohort and its life: to its
    /// exit, or censored at the run's end. A firm's first record carries its birth tick and what it was then (the
    /// population is judged on it).
    /// </summary>
    public static IEnumerable<(int Cohort, SurvivalObservation Observation)> Births(FirmPopulation firms, ReplicationOutput output)
    {
        int end = output.Scenario.Run.Ticks, burnIn = output.Scenario.Run.BurnInTicks;
        var exits = output.Panel.Where(p => p.Exited).GroupBy(p => p.FirmId).ToDictionary(g => g.Key, g => g.Min(p => p.Tick));
        return output.Panel.GroupBy(p => p.FirmId).Select(g => g.MinBy(p => p.Tick))
            .Where(f => f.BirthTick > burnIn && firms.Matches(f, output.Scenario))
            .Select(f => ((f.BirthTick - 1) / Year, exits.TryGetValue(f.FirmId, out int exit)
                ? new SurvivalObservation(exit - f.BirthTick, true) : new SurvivalObservation(end - f.BirthTick, false)));
    }

    /// <summary>Each full year after burn-in: the flow over the year over the firms alive at its start; their mean.</summary>
    private static double AnnualRate(ReplicationOutput output, string flow)
    {
        double[] alive = output.Series(IndicatorCatalog.FirmsAlive.Name), births = output.Series(IndicatorCatalog.FirmBirths.Name),
            deaths = output.Series(IndicatorCatalog.FirmDeaths.Name), counted = output.Series(flow);
        var rates = new List<double>();
        for (int first = 0; first + Year <= alive.Length; first += Year)
        {
            double atStart = alive[first] - births[first] + deaths[first];
            if (atStart > 0) rates.Add(counted.AsSpan(first, Year).ToArray().Sum() / atStart);
        }
        return rates.Count > 0 ? rates.Average() : double.NaN;
    }

    /// <summary>The yearly measurements of employer_change_share that have a year before them (tick 24 on).</summary>
    private static double JobChangeRate(ReplicationOutput output)
    {
        var values = output.Series(IndicatorCatalog.EmployerChangeShare.Name);
        var measured = output.Rows.Select((r, i) => (r.Tick, Value: values[i])).Where(x => x.Tick % Year == 0 && x.Tick >= 2 * Year).ToList();
        return measured.Count > 0 ? measured.Average(x => x.Value) : double.NaN;
    }

    /// <summary>Innovation events of each firm alive at the end over the last <c>months</c>, from its yearly records.</summary>
    private static Dictionary<ulong, int> InnovationsInWindow(Statistic s, ReplicationOutput output)
    {
        int months = s.Months ?? 3 * Year, last = output.LastPanelTick;
        var counts = new Dictionary<ulong, int>();
        foreach (var p in output.Panel)
            if (!p.Exited && p.Tick > last - months && p.Tick <= last)
                counts[p.FirmId] = counts.GetValueOrDefault(p.FirmId) + p.InnovationsAdopted + p.InnovationsAdapted + p.InnovationsOriginal;
        return counts;
    }

    private static double InnovationActive(ReplicationOutput output, FirmPopulation firms, Dictionary<ulong, int> innovations) =>
        ShareOf(AtEnd(firms, output), f => innovations.GetValueOrDefault(f.FirmId) > 0);

    private static double InnovationActiveGradient(Statistic s, ReplicationOutput output)
    {
        var bounds = s.SizeClasses;
        var innovations = InnovationsInWindow(s, output);
        var shares = bounds.Select((low, i) => InnovationActive(output,
            s.Firms with { MinEmployees = Math.Max(s.Firms.MinEmployees, low), MaxEmployees = i + 1 < bounds.Count ? bounds[i + 1] - 1 : s.Firms.MaxEmployees }, innovations)).ToArray();
        return Enumerable.Range(1, shares.Length - 1).Select(i => shares[i] - shares[i - 1]).DefaultIfEmpty(double.NaN).Min();
    }

    private static double Total(ReplicationOutput output, string indicator) => output.Series(indicator).Sum();

    private static double ChannelTotal(ReplicationOutput output, IEnumerable<string> channels) =>
        channels.Sum(c => Total(output, "innovations_from_" + c));

    private static double SourceShare(ReplicationOutput output, IEnumerable<string> channels)
    {
        double total = Total(output, IndicatorCatalog.InnovationsTotal.Name);
        return total > 0 ? ChannelTotal(output, channels) / total : double.NaN;
    }

    private static double SourceOrder(ReplicationOutput output, IReadOnlyList<IReadOnlyList<string>> groups)
    {
        var shares = groups.Select(g => SourceShare(output, g)).ToArray();
        return Enumerable.Range(1, shares.Length - 1).Select(i => shares[i - 1] - shares[i]).DefaultIfEmpty(double.NaN).Min();
    }

    private static double RdLogit(Statistic s, ReplicationOutput output)
    {
        var firms = AtEnd(s.Firms, output).Where(f => f.Employees > 0).ToArray();
        var fit = Logit.Fit(firms.Select(f => Math.Log(f.Employees)).ToArray(), firms.Select(f => f.RdSpendUsdPerMonth > 0).ToArray());
        return fit.Converged ? fit.Slope : double.NaN;
    }

    private static double RdElasticity(Statistic s, ReplicationOutput output)
    {
        var performers = AtEnd(s.Firms, output).Where(f => f.Employees > 0 && f.RdSpendUsdPerMonth > 0).ToArray();
        return LeastSquares.Fit(performers.Select(f => Math.Log(f.Employees)).ToArray(), performers.Select(f => Math.Log(f.RdSpendUsdPerMonth)).ToArray()).Slope;
    }

    private static double InnovationShareOfFirms(Statistic s, ReplicationOutput output)
    {
        double all = 0, counted = 0;
        foreach (var p in output.Panel)
        {
            int n = p.InnovationsAdopted + p.InnovationsAdapted + p.InnovationsOriginal;
            all += n;
            if (s.Firms.Matches(p, output.Scenario)) counted += n;
        }
        return all > 0 ? counted / all : double.NaN;
    }

    /// <summary>
    /// The window mean of the indicators' per-tick sum, as <c>compare</c> averages a window (so a paired fact on one
    /// indicator reproduces compare's numbers exactly); with <c>per</c>, the ratio of the two sums' window totals.
    /// </summary>
    private static double IndicatorMean(Statistic s, ReplicationOutput output)
    {
        double mean = MeanInterval.AverageOf(WindowOf(s, output, s.Indicators));
        if (s.Per.Count == 0) return mean;
        double per = MeanInterval.AverageOf(WindowOf(s, output, s.Per));
        return per != 0 ? mean / per : double.NaN;
    }

    /// <summary>The per-tick sum of <paramref name="names"/> over the statistic's window.</summary>
    private static double[] WindowOf(Statistic s, ReplicationOutput output, IReadOnlyList<string> names)
    {
        int rows = output.Rows.Count;
        int first = s.Window switch { StatisticWindow.FinalYear => Math.Max(0, rows - Year), StatisticWindow.FinalTick => Math.Max(0, rows - 1), _ => 0 };
        var sum = output.Series(names[0]);
        foreach (var name in names.Skip(1))
        {
            var next = output.Series(name);
            for (int t = 0; t < sum.Length; t++) sum[t] += next[t];
        }
        return sum[first..];
    }
}
