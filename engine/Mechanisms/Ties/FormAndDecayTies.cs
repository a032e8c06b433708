using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Core;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Ties;

/// <summary>
/// M3–M4, collaboration ties. Every tie loses weight each month (networks are "entropic", WB:L450) and is
/// dropped below a floor or when the partner exits. A firm with a free slot meets, with the formation
/// rate, one candidate drawn from its field or its locality (never all pairs) and ties to it with
/// probability equal to their proximity: ½·[same locality] + ½·cosine(K_f, K_candidate) (TSER ¶18 L41).
/// Ties are directed (the slot owner learns from the partner), so each firm writes only its own slots.
/// </summary>
public static class FormAndDecayTies
{
    public static void Run(SimulationState s)
    {
        s.Neighbourhoods.Rebuild(s.Firms, s.Scenario.Region.Localities);
        s.Executor.For(s.Firms.Count, new Body(s, s.Parameters.Ties));
    }

    private readonly struct Body(SimulationState s, Scenarios.TieParameters p) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            var firms = s.Firms;
            int slots = firms.TieSlots;
            float keep = (float)(1 - p.DecayPerMonth);
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                int free = -1;
                for (int j = f * slots; j < (f + 1) * slots; j++)
                {
                    int partner = firms.TieTarget[j];
                    if (partner >= 0)
                    {
                        float w = firms.TieWeight[j] * keep;
                        if (w < p.MinWeight || !firms.Alive[partner])
                        {
                            firms.TieTarget[j] = -1;
                            firms.TieWeight[j] = 0;
                        }
                        else firms.TieWeight[j] = w;
                    }
                    if (firms.TieTarget[j] < 0 && free < 0) free = j;
                }
                if (free < 0) continue;
                var rng = s.Random.Stream(Purpose.TieFormation, s.Tick, firms.Key[f]);
                if (!rng.Bernoulli(p.FormationRatePerMonth)) continue;
                var pool = rng.Bernoulli(p.SameFieldShare) ? s.Neighbourhoods.InField(firms.Field[f]) : s.Neighbourhoods.InLocality(firms.Locality[f]);
                int candidate = pool[rng.NextInt(pool.Length)];
                if (candidate == f || IsTied(firms, f, candidate)) continue;
                double proximity = (firms.Locality[candidate] == firms.Locality[f] ? 0.5 : 0)
                    + 0.5 * KnowledgeKernels.Cosine(firms.KnowledgeOf(f), firms.KnowledgeOf(candidate));
                if (!rng.Bernoulli(proximity)) continue;
                firms.TieTarget[free] = candidate;
                firms.TieWeight[free] = 1f;
            }
        }
    }

    private static bool IsTied(FirmTable firms, int f, int partner)
    {
        for (int j = f * firms.TieSlots; j < (f + 1) * firms.TieSlots; j++)
            if (firms.TieTarget[j] == partner) return true;
        return false;
    }
}
