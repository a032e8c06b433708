using System.Text.Json;
using ClusterSim.Engine.Indicators;
using ClusterSim.Loader.Validation;

namespace ClusterSim.Runner.Validation;

/// <summary>A number computed from each replication of an arm: a <see cref="Statistic"/>, or a contrast of two groups of firms in the panel.</summary>
public abstract record Measure
{
    /// <summary>Identifies the measure, so two checks asking the same of one arm share it.</summary>
    public abstract string Key { get; }
    public abstract bool NeedsPanel { get; }
    public abstract string Unit { get; }
    /// <summary>In words, for the scorecard.</summary>
    public abstract string Describe();
    public abstract double Of(ReplicationOutput output);

    public static Measure Of(Statistic statistic) => new StatisticMeasure(statistic);
}

public sealed record StatisticMeasure(Statistic Statistic) : Measure
{
    public override string Key { get; } = "statistic " + JsonSerializer.Serialize(Statistic);
    public override bool NeedsPanel => StatisticEvaluator.NeedsPanel(Statistic.Kind);
    public override string Unit => Statistic is { Kind: StatisticKind.IndicatorMean or StatisticKind.IndicatorTotal, Per.Count: 0, Indicators: [var only] }
        ? IndicatorCatalog.All.FirstOrDefault(d => d.Name == only)?.Unit ?? ""
        : Statistic.Kind == StatisticKind.IndicatorMean && Statistic.Per.Count > 0 ? "ratio" : StatisticEvaluator.UnitOf(Statistic.Kind);

    public override string Describe()
    {
        var s = Statistic;
        string what = Engine.Scenarios.ScenarioSchema.EnumName(s.Kind);
        var arguments = new List<string>();
        if (s.Employees is int e) arguments.Add($"{e} employees");
        if (s.Months is int m) arguments.Add($"{m} months");
        if (s.SizeClasses.Count > 0) arguments.Add("classes from " + string.Join(", ", s.SizeClasses));
        if (s.Channels.Count > 0) arguments.Add(string.Join(" + ", s.Channels));
        if (s.ChannelGroups.Count > 0) arguments.Add(string.Join(" > ", s.ChannelGroups.Select(g => string.Join(" + ", g))));
        if (s.Origins.Count > 0) arguments.Add(string.Join(", ", s.Origins.Select(Engine.Scenarios.ScenarioSchema.EnumName)));
        if (s.Indicators.Count > 0) arguments.Add(string.Join(" + ", s.Indicators) + (s.Per.Count > 0 ? " per " + string.Join(" + ", s.Per) : "") + ", " + Engine.Scenarios.ScenarioSchema.EnumName(s.Window));
        string firms = PopulationText.Of(s.Firms);
        return what + (arguments.Count > 0 ? $" ({string.Join("; ", arguments)})" : "") + (firms.Length > 0 ? $" of {firms}" : "");
    }

    public override double Of(ReplicationOutput output) => StatisticEvaluator.Of(Statistic, output);
}

/// <summary>Within one replication, the mean of a firm measure in one group of firms at the last panel tick minus its mean in another.</summary>
public sealed record PanelContrast(PanelTest Test) : Measure
{
    public override string Key { get; } = "panel " + JsonSerializer.Serialize(Test);
    public override bool NeedsPanel => true;
    public override string Unit => "";
    public override string Describe() =>
        $"mean {Engine.Scenarios.ScenarioSchema.EnumName(Test.Measure)} of {PopulationText.Of(Test.Higher)} − of {PopulationText.Of(Test.Lower)}";

    public override double Of(ReplicationOutput output)
    {
        var end = output.FirmsAtEnd().ToArray();
        int last = output.LastPanelTick;
        var yearBefore = Test.Measure == FirmMeasure.RevenueGrowth
            ? output.Panel.Where(p => !p.Exited && p.Tick == last - StatisticEvaluator.Year).ToDictionary(p => p.FirmId, p => p.RevenueUsdPerMonth)
            : [];
        double Mean(FirmPopulation population)
        {
            var values = end.Where(f => population.Matches(f, output.Scenario)).Select(f => ValueOf(f, yearBefore)).Where(double.IsFinite).ToArray();
            return values.Length > 0 ? values.Average() : double.NaN;
        }
        return Mean(Test.Higher) - Mean(Test.Lower);
    }

    private double ValueOf(PanelRecord f, Dictionary<ulong, double> yearBefore) => Test.Measure switch
    {
        FirmMeasure.Revenue => f.RevenueUsdPerMonth,
        FirmMeasure.Employees => f.Employees,
        FirmMeasure.RdIntensity => f.RevenueUsdPerMonth > 0 ? f.RdSpendUsdPerMonth / f.RevenueUsdPerMonth : double.NaN,
        FirmMeasure.Knowledge => f.KnowledgeNorm,
        FirmMeasure.Innovations => f.InnovationsAdopted + f.InnovationsAdapted + f.InnovationsOriginal,
        FirmMeasure.TiesExternal => f.TiesExternal,
        FirmMeasure.RevenueGrowth => yearBefore.TryGetValue(f.FirmId, out double before) && before > 0 && f.RevenueUsdPerMonth > 0
            ? Math.Log(f.RevenueUsdPerMonth / before) : double.NaN,
        _ => double.NaN,
    };
}

/// <summary>A firm population in words.</summary>
public static class PopulationText
{
    public static string Of(FirmPopulation p)
    {
        var parts = new List<string>();
        if (p.Kinds.Count > 0) parts.Add(string.Join("/", p.Kinds.Select(Engine.Scenarios.ScenarioSchema.EnumName)));
        else parts.Add("firms");
        if (p.Origins.Count > 0) parts.Add("of origin " + string.Join("/", p.Origins.Select(Engine.Scenarios.ScenarioSchema.EnumName)));
        if (p.HighTech is bool h) parts.Add(h ? "in high-tech fields" : "outside high-tech fields");
        if (p.BornDuringRun) parts.Add("born during the run");
        if (p.MinEmployees > 0 || p.MaxEmployees is not null) parts.Add(p.MaxEmployees is int max ? $"with {p.MinEmployees}–{max} employees" : $"with {p.MinEmployees}+ employees");
        if (p.RegionalTies is bool r) parts.Add(r ? "with regional ties" : "without regional ties");
        if (p.GlobalTies is bool g) parts.Add(g ? "with global ties" : "without global ties");
        return parts.Count == 1 && parts[0] == "firms" ? "" : string.Join(" ", parts);
    }
}
