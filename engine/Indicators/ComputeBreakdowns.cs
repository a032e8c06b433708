using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Indicators;

/// <summary>
/// After <see cref="ComputeIndicators"/>, when <c>outputs.breakdowns</c> asks for it: one chunked reduction over
/// firms per grouping into per-group sums, then <see cref="Breakdowns.Indicators"/> per group.
/// </summary>
public static class ComputeBreakdowns
{
    private const int SumsPerGroup = 10;

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
        var sums = new double[groups * SumsPerGroup];
        s.Executor.Reduce(s.Firms.Count, new Body(s, breakdown), sums);
        var deaths = new double[groups];
        foreach (int f in s.ExitedThisTick) deaths[GroupOf(s.Firms, breakdown, f)] += 1;

        var values = new double[groups, Breakdowns.Indicators.Count];
        for (int g = 0; g < groups; g++)
        {
            var x = sums.AsSpan(g * SumsPerGroup, SumsPerGroup);
            double alive = x[0], employees = x[2];
            values[g, 0] = alive;
            values[g, 1] = x[1];
            values[g, 2] = deaths[g];
            values[g, 3] = employees;
            values[g, 4] = alive > 0 ? employees / alive : 0;
            values[g, 5] = alive > 0 ? x[3] / alive : 0;
            values[g, 6] = employees > 0 ? x[4] / employees : 0;
            values[g, 7] = x[5];
            values[g, 8] = alive > 0 ? x[6] / alive : 0;
            values[g, 9] = alive > 0 ? x[7] / alive : 0;
            values[g, 10] = x[8] > 0 ? x[9] / x[8] : 0;
        }
        return new GroupValues(breakdown, values);
    }

    private static int GroupOf(FirmTable firms, Breakdown breakdown, int f) => breakdown switch
    {
        Breakdown.Locality => firms.Locality[f],
        Breakdown.Kind => (int)firms.Kind[f],
        Breakdown.Origin => (int)firms.Origin[f],
        _ => firms.Park[f] + 1,
    };

    private readonly struct Body(SimulationState s, Breakdown breakdown) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            var firms = s.Firms;
            int tick = s.Tick;
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                var x = sums.Slice(GroupOf(firms, breakdown, f) * SumsPerGroup, SumsPerGroup);
                int n = firms.Employees[f];
                x[0] += 1;
                if (firms.BirthTick[f] == tick) x[1] += 1;
                x[2] += n;
                x[3] += firms.KnowledgeLevel[f];
                x[4] += (double)firms.Productivity[f] * n;
                x[5] += firms.RdSpendUsdPerMonth[f];
                if (firms.RdPerformer[f]) x[6] += 1;
                if (firms.LastInnovationTick[f] >= 0 && tick - firms.LastInnovationTick[f] < 12) x[7] += 1;
                x[8] += firms.RevenueUsdPerMonth[f];
                x[9] += firms.RevenueUsdPerMonth[f] * Mechanisms.Global.SoftLanding.ExportShare(s, f);
            }
        }
    }
}
