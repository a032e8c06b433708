using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>
/// M1, knowledge creation. Obsolescence erodes every field of every firm and institution by δ. An R&amp;D
/// performer adds to its own field in proportion to its R&amp;D intensity ρ = base × activity factor ×
/// (1 + elasticity × s), s the rd_subsidy lever, and pays ρ × last month's value added (R&amp;D intensity on value added, as OECD business R&amp;D intensity is measured). Institutions add
/// knowledge in proportion to their research budget, spread by their research profile. The external
/// frontier grows. Refreshes each firm's knowledge level and absorptive capacity (M2).
/// </summary>
[PhaseSummary("obsolescence; firm R&D; institutional research; frontier growth")]
internal sealed class CreateKnowledge : IPhase
{
    public void Run(SimulationState s)
    {
        var p = s.Parameters.Of<KnowledgeParameters>();
        Span<double> totals = stackalloc double[2];
        s.Executor.Reduce(s.Firms.Count, new Body(s), totals);
        s.Flows.Add(IndicatorCatalog.RdSpend, totals[0]);
        s.Policy.Spend[Levers.RdSubsidy.Index] += totals[1];
        DoResearch(s, p);
        float growth = (float)(1 + s.Parameters.Of<TransferParameters>().FrontierGrowthPerMonth);
        for (int k = 0; k < s.Region.Frontier.Length; k++) s.Region.Frontier[k] *= growth;
    }

    /// <summary>R&amp;D intensity of a performer before the subsidy: NTBFs that focus on R&amp;D or high-tech services spend more.</summary>
    internal static double BaseIntensity(SimulationState s, FirmActivity activity) => s.Parameters.Of<KnowledgeParameters>().RdIntensity * activity switch
    {
        FirmActivity.RdFocused => s.Parameters.Of<RdParameters>().RdFocusedIntensityMultiplier,
        FirmActivity.HighTechServices => s.Parameters.Of<RdParameters>().HighTechServicesIntensityMultiplier,
        _ => 1.0,
    };

    private static void DoResearch(SimulationState s, KnowledgeParameters p)
    {
        var inst = s.Institutions;
        float keep = (float)(1 - p.ObsolescencePerMonth);
        for (int i = 0; i < inst.Count; i++)
        {
            double staffing = inst.ResearcherPosts[i] > 0 ? Math.Min(1.0, inst.Researchers[i] / (double)inst.ResearcherPosts[i]) : 1.0;
            double added = p.InstitutionResearchYield * inst.ResearchBudgetUsdPerYear[i] / 1e6 * staffing;
            var row = inst.KnowledgeOf(i);
            var focus = inst.FieldFocus.AsSpan(i * inst.Stride, inst.Stride);
            for (int k = 0; k < row.Length; k++) row[k] = (row[k] + (float)(added * focus[k])) * keep;
        }
    }

    private readonly struct Body(SimulationState s) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            var firms = s.Firms;
            var p = s.Parameters.Of<KnowledgeParameters>();
            double acHalf = s.Parameters.Of<TransferParameters>().AcHalfSaturation;
            float keep = (float)(1 - p.ObsolescencePerMonth);
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                var row = firms.KnowledgeOf(f);
                double rd = 0;
                if (firms.RdPerformer[f])
                {
                    double share = s.Policy.LevelFor(Levers.RdSubsidy, firms, f);
                    double intensity = BaseIntensity(s, firms.Activity[f]) * (1 + p.RdSubsidyElasticity * share);
                    float created = (float)(p.RdYield * intensity);
                    row[firms.Field[f]] += created;
                    firms.InflowOf(f)[(int)KnowledgeChannel.Internal] += created;
                    rd = intensity * firms.ValueAddedUsdPerMonth(f);
                    sums[1] += rd * share;
                }
                firms.RdSpendUsdPerMonth[f] = (float)rd;
                sums[0] += rd;
                AbsorptiveCapacity.Refresh(firms, f, KnowledgeKernels.ScaleAndSum(row, keep), acHalf);
            }
        }
    }
}
