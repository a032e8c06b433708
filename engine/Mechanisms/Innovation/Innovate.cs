using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Innovation;

/// <summary>
/// M1, innovation events, one definition for every region: a new or significantly improved product or process (the
/// Community Innovation Survey's). A firm can innovate only once the knowledge that flowed in since its last innovation
/// reaches innovation.significance × its knowledge level: an innovation is made of knowledge new to the firm, and a
/// significant one of enough of it. It then innovates as a Poisson process with rate λ = r · I · n^θ, I its recent
/// knowledge inflow summed over channels and n its employees. Each event is tagged with the channel of
/// the knowledge that triggered it, drawn in proportion to the recent inflows (validation-targets E7),
/// and typed by the capability ladder (UN ¶9 L75, ¶39 L166): original with probability
/// p_orig · AC for R&amp;D performers, else adapted with probability AC, else adopted; product or process.
/// An innovation raises productivity by a type-specific bonus divided by n^θ: a large firm innovates more
/// often (validation-targets E6), but each innovation touches a smaller part of it, so the expected
/// productivity gain does not grow with size. Recent inflows then decay with the memory.
/// </summary>
[PhaseSummary("innovation events, typed and tagged by channel")]
internal sealed class Innovate : IPhase
{
    /// <summary>Sums per chunk: 3 types, then one per channel, then product and process.</summary>
    private static readonly int Width = 3 + FirmTable.Channels + 2;

    public void Run(SimulationState s)
    {
        Span<double> sums = stackalloc double[Width];
        s.Executor.Reduce(s.Firms.Count, new Body(s), sums);
        int adopted = (int)sums[(int)InnovationType.Adopted], adapted = (int)sums[(int)InnovationType.Adapted], original = (int)sums[(int)InnovationType.Original];
        s.Flows.Add(IndicatorCatalog.InnovationsAdopted, adopted);
        s.Flows.Add(IndicatorCatalog.InnovationsAdapted, adapted);
        s.Flows.Add(IndicatorCatalog.InnovationsOriginal, original);
        s.Flows.Add(IndicatorCatalog.InnovationsTotal, adopted + adapted + original);
        for (int k = 0; k < FirmTable.Channels; k++) s.Flows.Add(IndicatorCatalog.InnovationsFrom[k], (int)sums[3 + k]);
        s.Flows.Add(IndicatorCatalog.InnovationsProduct, (int)sums[3 + FirmTable.Channels]);
        s.Flows.Add(IndicatorCatalog.InnovationsProcess, (int)sums[4 + FirmTable.Channels]);
    }

    private readonly struct Body(SimulationState s) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            var firms = s.Firms;
            var p = s.Parameters.Of<InnovationParameters>();
            float keep = (float)Math.Exp(-1 / p.InflowMemoryMonths);
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                var inflow = firms.InflowOf(f);
                double total = 0;
                foreach (float x in inflow) total += x;
                // This month's inflow is what the memory holds beyond what was left of it last month.
                firms.NewKnowledge[f] += (float)Math.Max(0, total - firms.InflowRemembered[f]);
                if (total > 0 && firms.NewKnowledge[f] >= p.Significance * firms.KnowledgeLevel[f])
                {
                    var rng = s.Random.Stream(Purpose.Innovation, s.Tick, firms.Key[f]);
                    double scale = Math.Pow(Math.Max(1, firms.Employees[f]), p.SizeElasticity);
                    int events = rng.NextPoisson(p.RatePerKnowledgeInflow * total * scale);
                    for (int e = 0; e < events; e++) Record(firms, f, inflow, total, scale, ref rng, sums, p);
                    if (events > 0)
                    {
                        firms.LastInnovationTick[f] = s.Tick;
                        firms.NewKnowledge[f] = 0;
                    }
                }
                double kept = 0;
                for (int k = 0; k < inflow.Length; k++) kept += inflow[k] *= keep;
                firms.InflowRemembered[f] = (float)kept;
            }
        }

        private void Record(FirmTable firms, int f, Span<float> inflow, double total, double scale, ref RandomStream rng, Span<double> sums, InnovationParameters p)
        {
            double u = rng.NextDouble() * total;
            int channel = inflow.Length - 1;
            for (int k = 0; k < inflow.Length; k++)
            {
                u -= inflow[k];
                if (u < 0 && inflow[k] > 0)
                {
                    channel = k;
                    break;
                }
            }
            double ac = firms.AbsorptiveCapacity[f];
            double pOriginal = firms.RdPerformer[f] ? p.OriginalPropensity * ac : 0;
            double v = rng.NextDouble();
            var type = v < pOriginal ? InnovationType.Original : v < pOriginal + (1 - pOriginal) * ac ? InnovationType.Adapted : InnovationType.Adopted;
            firms.InnovationBonus[f] += (float)(type switch
            {
                InnovationType.Original => p.BonusOriginal,
                InnovationType.Adapted => p.BonusAdapted,
                _ => p.BonusAdopted,
            } / scale);
            firms.InnovationsSincePanel[f * 3 + (int)type]++;
            sums[(int)type] += 1;
            sums[3 + channel] += 1;
            sums[3 + FirmTable.Channels + (rng.Bernoulli(p.ProductShare) ? 0 : 1)] += 1;
        }
    }
}
