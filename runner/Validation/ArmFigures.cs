using ClusterSim.Engine.Indicators;
using ClusterSim.Loader.Validation;
using ClusterSim.Runner.Validation.Estimators;

namespace ClusterSim.Runner.Validation;

/// <summary>
/// What the report draws of one condition beyond its numbers, pooled over its replications: firm sizes at the end
/// (for the CCDF against the target exponent), the survival curve of firms born after burn-in (against the target
/// points) and the share of innovation events by knowledge channel. Kept only where a target asks for them.
/// </summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Sizes">Employees of the firms counted by the size-tail target, every replication's last tick; empty when none asks.</param>
/// <param name="Survival">The pooled Kaplan–Meier curve by age in months; empty when no survival target asks.</param>
/// <param name="Sources">Share of innovation events by channel, in channel order; empty when no source target asks.</param>
public sealed record ArmFigures(string Scenario, IReadOnlyList<double> Sizes, IReadOnlyList<SurvivalStep> Survival, IReadOnlyList<(string Channel, double Share)> Sources)
{
    public bool IsEmpty => Sizes.Count == 0 && Survival.Count == 0 && Sources.Count == 0;

    public static ArmFigures From(string scenario, IReadOnlyList<Measure> measures, IReadOnlyList<ReplicationOutput> outputs)
    {
        var statistics = measures.OfType<StatisticMeasure>().Select(m => m.Statistic).ToList();
        var tail = statistics.FirstOrDefault(s => s.Kind == StatisticKind.SizeTailExponent);
        var survival = statistics.FirstOrDefault(s => s.Kind == StatisticKind.Survival);
        bool sources = statistics.Any(s => s.Kind is StatisticKind.InnovationSourceShare or StatisticKind.InnovationSourceOrder);
        return new ArmFigures(scenario,
            tail is null ? [] : outputs.SelectMany(o => StatisticEvaluator.AtEnd(tail.Firms, o)).Select(f => (double)f.Employees).ToList(),
            survival is null ? [] : PooledSurvival(survival, outputs),
            sources ? SourceShares(outputs) : []);
    }

    private static IReadOnlyList<SurvivalStep> PooledSurvival(Statistic s, IReadOnlyList<ReplicationOutput> outputs) =>
        new KaplanMeier(outputs.SelectMany(o => StatisticEvaluator.Births(s.Firms, o)).Select(b => b.Observation)).Steps;

    private static IReadOnlyList<(string, double)> SourceShares(IReadOnlyList<ReplicationOutput> outputs)
    {
        double total = outputs.Sum(o => o.Series(IndicatorCatalog.InnovationsTotal.Name).Sum());
        return IndicatorCatalog.InnovationsFrom
            .Select(d => (d.Name["innovations_from_".Length..], total > 0 ? outputs.Sum(o => o.Series(d.Name).Sum()) / total : double.NaN))
            .ToList();
    }
}
