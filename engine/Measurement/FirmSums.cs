using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Measurement;

/// <summary>
/// The one reduction over alive firms that every firm-level stock comes from: the region's indicators take
/// it over one group, breakdowns over the groups of a grouping. Each group has <see cref="Width"/> sums, added
/// per chunk in firm order and combined in chunk order (the same bits on any thread count); the ratios below
/// turn a group's sums into the indicators both share.
/// </summary>
internal static class FirmSums
{
    public const int Alive = 0, Employees = 1, Knowledge = 2, WeightedProductivity = 3, InstitutionTies = 4, RdPerformers = 5,
        Innovative = 6, TiesFirst = 7, TiersFirst = TiesFirst + 5, Revenue = TiersFirst + 5, Exports = Revenue + 1,
        BornThisTick = Exports + 1, RdSpend = BornThisTick + 1, ValueAdded = RdSpend + 1, TiePurchases = ValueAdded + 1,
        WageBill = TiePurchases + 1, LogWage = WageBill + 1, LogWageSquared = LogWage + 1, Width = LogWageSquared + 1;

    /// <summary>The window of innovative_firms_share: the Community Innovation Survey asks about the last three years.</summary>
    public const int SurveyWindowMonths = 36;

    /// <summary>Sums per group; <paramref name="groupOf"/> puts a firm in a group (0 for the region as one group).</summary>
    public static double[] Reduce<TGroup>(SimulationState s, int groups, TGroup groupOf) where TGroup : struct, IFirmGroup
    {
        var sums = new double[groups * Width];
        s.Executor.Reduce(s.Firms.Count, new Body<TGroup>(s, groupOf), sums);
        return sums;
    }

    public static double MeanFirmSize(ReadOnlySpan<double> x) => x[Alive] > 0 ? x[Employees] / x[Alive] : 0;
    public static double KnowledgeMean(ReadOnlySpan<double> x) => x[Alive] > 0 ? x[Knowledge] / x[Alive] : 0;
    public static double ProductivityMean(ReadOnlySpan<double> x) => x[Employees] > 0 ? x[WeightedProductivity] / x[Employees] : 0;
    public static double ShareOfAlive(ReadOnlySpan<double> x, int slot) => x[Alive] > 0 ? x[slot] / x[Alive] : 0;
    public static double ExportsShare(ReadOnlySpan<double> x) => x[Revenue] > 0 ? x[Exports] / x[Revenue] : 0;
    public static double ValueAddedPerWorker(ReadOnlySpan<double> x) => x[Employees] > 0 ? x[ValueAdded] / x[Employees] : 0;
    public static double MeanWage(ReadOnlySpan<double> x) => x[Employees] > 0 ? x[WageBill] / x[Employees] : 0;

    /// <summary>The standard deviation of the log wage over employees.</summary>
    public static double WageDispersion(ReadOnlySpan<double> x)
    {
        if (x[Employees] <= 0) return 0;
        double mean = x[LogWage] / x[Employees];
        return Math.Sqrt(Math.Max(0, x[LogWageSquared] / x[Employees] - mean * mean));
    }

    private readonly struct Body<TGroup>(SimulationState s, TGroup groupOf) : IChunkReduction where TGroup : struct, IFirmGroup
    {
        public void Run(int chunk, int start, int end, Span<double> all)
        {
            var firms = s.Firms;
            int tick = s.Tick;
            int slots = firms.TieSlots;
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                var sums = all.Slice(groupOf.Of(firms, f) * Width, Width);
                int n = firms.Employees[f];
                sums[Alive] += 1;
                sums[Employees] += n;
                sums[Knowledge] += firms.KnowledgeLevel[f];
                sums[WeightedProductivity] += (double)firms.Productivity[f] * n;
                if (firms.InstitutionTie[f] >= 0) sums[InstitutionTies] += 1;
                if (firms.RdPerformer[f]) sums[RdPerformers] += 1;
                if (firms.LastInnovationTick[f] >= 0 && tick - firms.LastInnovationTick[f] < SurveyWindowMonths) sums[Innovative] += 1;
                sums[TiersFirst + (int)firms.Tier[f]] += 1;
                sums[Revenue] += firms.RevenueUsdPerMonth[f];
                sums[Exports] += firms.ExportsUsdPerMonth[f];
                sums[ValueAdded] += firms.ValueAddedUsdPerMonth(f);
                sums[TiePurchases] += firms.TiePurchasesUsdPerMonth[f];
                if (n > 0 && firms.Wage[f] > 0)
                {
                    double logWage = Math.Log(firms.Wage[f]);
                    sums[WageBill] += n * (double)firms.Wage[f];
                    sums[LogWage] += n * logWage;
                    sums[LogWageSquared] += n * logWage * logWage;
                }
                if (firms.BirthTick[f] == tick) sums[BornThisTick] += 1;
                sums[RdSpend] += firms.RdSpendUsdPerMonth[f];
                for (int j = f * slots; j < (f + 1) * slots; j++)
                {
                    int partner = firms.TieTarget[j];
                    if (partner == FirmTable.ExternalPartner || (partner >= 0 && firms.Alive[partner])) sums[TiesFirst + (int)firms.TieKind[j]] += 1;
                }
            }
        }
    }
}

/// <summary>Which group a firm belongs to, for <see cref="FirmSums.Reduce"/>.</summary>
internal interface IFirmGroup
{
    int Of(FirmTable firms, int f);
}
