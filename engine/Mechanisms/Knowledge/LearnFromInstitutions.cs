using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>
/// M2, institution-to-firm transfer: a firm linked to a university or research institute gains
/// η_inst · m · u · AC^γ · g(AC) · w · max(0, K_inst − K_f), m the tailored-liaison multiplier for a
/// tailored office (TSER ¶13 L32) and u the usability of its research mix (M24; see LiaisonOffices). Credited to the university or research-institute channel. A firm writes only
/// its own row and institutions are read-only here, so no second buffer is needed.
/// </summary>
[PhaseSummary("transfer from the linked university or institute")]
internal sealed class LearnFromInstitutions : IPhase
{
    // Scratch reused from tick to tick.
    private double[] _multiplier = [];

    public void Run(SimulationState s)
    {
        LiaisonOffices.BookCosts(s);
        if (_multiplier.Length != s.Institutions.Count) _multiplier = new double[s.Institutions.Count];
        var multiplier = _multiplier;
        for (int i = 0; i < multiplier.Length; i++) multiplier[i] = LiaisonOffices.LiaisonMultiplier(s, i) * LiaisonOffices.UsabilityMultiplier(s, i);
        Span<double> total = stackalloc double[1];
        s.Executor.Reduce(s.Firms.Count, new Body(s, multiplier), total);
        s.Flows.Add(IndicatorCatalog.KnowledgeTransferred, total[0]);
    }

    private readonly struct Body(SimulationState s, double[] multiplier) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            var firms = s.Firms;
            var inst = s.Institutions;
            var p = s.Parameters.Of<TransferParameters>();
            for (int f = start; f < end; f++)
            {
                int i = firms.InstitutionTie[f];
                if (!firms.Alive[f] || i < 0) continue;
                double coefficient = p.InstitutionRatePerMonth * multiplier[i] * AbsorptiveCapacity.Gate(p, firms.AbsorptiveCapacity[f]) * firms.InstitutionTieWeight[f];
                var own = firms.KnowledgeOf(f);
                float added = KnowledgeKernels.AddGap(own, inst.KnowledgeOf(i), own, (float)coefficient);
                if (added == 0) continue;
                var channel = inst.Kind[i] == InstitutionKind.University ? KnowledgeChannel.University : KnowledgeChannel.ResearchInstitute;
                firms.InflowOf(f)[(int)channel] += added;
                AbsorptiveCapacity.Refresh(firms, f, KnowledgeKernels.Sum(own), p.AcHalfSaturation);
                sums[0] += added;
            }
        }
    }
}
