using ClusterSim.Engine.Core;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Measurement;

/// <summary>
/// After <see cref="ComputeIndicators"/>, when <c>outputs.breakdowns</c> asks for it: the same reduction
/// (<see cref="FirmSums"/>) over the groups of each grouping, then <see cref="Breakdowns.Indicators"/> per group
/// by the same ratios as the region's. Reads only.
/// </summary>
internal static class ComputeBreakdowns
{
    public static GroupValues[] Compute(SimulationState s)
    {
        var chosen = s.Scenario.Outputs.Breakdowns;
        if (chosen.Count == 0) return [];
        var result = new GroupValues[chosen.Count];
        for (int b = 0; b < chosen.Count; b++) result[b] = Compute(s, chosen[b]);
        return result;
    }

    private static GroupValues Compute(SimulationState s, Breakdown breakdown)
    {
        int groups = Breakdowns.GroupCount(s.Scenario, breakdown);
        var group = new Grouping(breakdown);
        var sums = FirmSums.Reduce(s, groups, group);
        var deaths = new double[groups];
        foreach (int f in s.ExitedThisTick) deaths[group.Of(s.Firms, f)] += 1;

        var values = new double[groups, Breakdowns.Indicators.Count];
        for (int g = 0; g < groups; g++)
        {
            var x = (ReadOnlySpan<double>)sums.AsSpan(g * FirmSums.Width, FirmSums.Width);
            values[g, 0] = x[FirmSums.Alive];
            values[g, 1] = x[FirmSums.BornThisTick];
            values[g, 2] = deaths[g];
            values[g, 3] = x[FirmSums.Employees];
            values[g, 4] = FirmSums.MeanFirmSize(x);
            values[g, 5] = FirmSums.KnowledgeMean(x);
            values[g, 6] = FirmSums.ProductivityMean(x);
            values[g, 7] = x[FirmSums.RdSpend];
            values[g, 8] = FirmSums.ShareOfAlive(x, FirmSums.RdPerformers);
            values[g, 9] = FirmSums.ShareOfAlive(x, FirmSums.Innovative);
            values[g, 10] = FirmSums.ExportsShare(x);
            values[g, 11] = x[FirmSums.ValueAdded];
            values[g, 12] = FirmSums.ValueAddedPerWorker(x);
            values[g, 13] = x[FirmSums.Exports];
            values[g, 14] = FirmSums.MeanWage(x);
            values[g, 15] = FirmSums.WageDispersion(x);
        }
        return new GroupValues(breakdown, values);
    }

    private readonly struct Grouping(Breakdown breakdown) : IFirmGroup
    {
        public int Of(FirmTable firms, int f) => breakdown switch
        {
            Breakdown.Locality => firms.Locality[f],
            Breakdown.Kind => (int)firms.Kind[f],
            Breakdown.Origin => (int)firms.Origin[f],
            _ => firms.Park[f] + 1,
        };
    }
}
