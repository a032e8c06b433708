using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Core;
using ClusterSim.Engine.State;
using static ClusterSim.Engine.Indicators.IndicatorCatalog;

namespace ClusterSim.Engine.Indicators;

/// <summary>
/// The last phase of a tick: one chunked reduction over firms for the stocks, plus the tick's flow
/// counters, into a row of <see cref="IndicatorCatalog"/> values.
/// </summary>
public static class ComputeIndicators
{
    private const int Width = 5;

    public static double[] Compute(SimulationState s)
    {
        Span<double> sums = stackalloc double[Width];
        s.Executor.Reduce(s.Firms.Count, new Body(s.Firms), sums);
        double alive = sums[0], employment = sums[1];
        var c = s.Counters;
        var v = new double[All.Count];
        v[FirmsAlive] = alive;
        v[FirmBirths] = c.Births;
        v[FirmDeaths] = c.Deaths;
        v[Employment] = employment;
        v[Population] = s.People.Count;
        v[UnemploymentRate] = s.People.Count > 0 ? 1 - employment / s.People.Count : 0;
        v[MeanFirmSize] = alive > 0 ? employment / alive : 0;
        v[KnowledgeMean] = alive > 0 ? sums[2] / alive : 0;
        v[ProductivityMean] = employment > 0 ? sums[3] / employment : 0;
        v[RdSpend] = c.RdSpendUsd;
        v[KnowledgeTransferred] = c.KnowledgeTransferred;
        v[TiesCollaboration] = sums[4];
        v[Hires] = c.Hires;
        v[Separations] = c.Separations;
        v[PublicSpendRdSubsidy] = c.PublicSpendRdSubsidyUsd;
        v[PublicSpendTotal] = c.PublicSpendRdSubsidyUsd;
        v[Wage] = s.WageUsdPerMonth;
        return v;
    }

    private readonly struct Body(FirmTable firms) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            int slots = firms.TieSlots;
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                int n = firms.Employees[f];
                sums[0] += 1;
                sums[1] += n;
                sums[2] += firms.KnowledgeLevel[f];
                sums[3] += (double)firms.Productivity[f] * n;
                for (int j = f * slots; j < (f + 1) * slots; j++)
                {
                    int partner = firms.TieTarget[j];
                    if (partner >= 0 && firms.Alive[partner]) sums[4] += 1;
                }
            }
        }
    }
}
