using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Ties;

/// <summary>
/// M4, links between firms and knowledge institutions. A link decays like any tie. A firm without one
/// starts one, with probability rate × AC × liaison multiplier × demand for technology services (M18),
/// with an institution of its locality drawn
/// at random: absorptive capacity decides who can use a university (UN ¶30 L134), and a tailored liaison
/// office reaches more firms than a generalist one (TSER ¶13 L32). Each firm writes only its own link.
/// </summary>
[PhaseSummary("firm–institution links decay and form")]
internal sealed class LinkInstitutions : IPhase
{
    public void Run(SimulationState s)
    {
        if (s.Institutions.Count == 0) return;
        Span<double> links = stackalloc double[1];
        s.Executor.Reduce(s.Firms.Count, new Body(s, s.Parameters), links);
        s.Flows.Add(IndicatorCatalog.DemandForServices, (int)links[0]);
    }

    private readonly struct Body(SimulationState s, ModelParameters p) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            var firms = s.Firms;
            var inst = s.Institutions;
            float keep = (float)(1 - p.Of<TieParameters>().InstitutionLinkDecayPerMonth);
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                if (firms.InstitutionTie[f] >= 0)
                {
                    float w = firms.InstitutionTieWeight[f] * keep;
                    if (w >= p.Of<TieParameters>().MinWeight)
                    {
                        firms.InstitutionTieWeight[f] = w;
                        continue;
                    }
                    firms.InstitutionTie[f] = -1;
                    firms.InstitutionTieWeight[f] = 0;
                }
                int locality = firms.Locality[f], local = 0;
                for (int i = 0; i < inst.Count; i++) if (inst.Locality[i] == locality) local++;
                if (local == 0) continue;
                var rng = s.Random.Stream(Purpose.InstitutionLinks, s.Tick, firms.Key[f]);
                int pick = rng.NextInt(local);
                int chosen = -1;
                for (int i = 0; i < inst.Count && chosen < 0; i++)
                    if (inst.Locality[i] == locality && pick-- == 0) chosen = i;
                double liaison = Knowledge.LiaisonOffices.LiaisonMultiplier(s, chosen);
                if (!rng.Bernoulli(Math.Min(1, p.Of<TieParameters>().InstitutionLinkRatePerMonth * firms.AbsorptiveCapacity[f] * liaison * s.Region.DemandIndex))) continue;
                firms.InstitutionTie[f] = chosen;
                firms.InstitutionTieWeight[f] = 1;
                sums[0] += 1;
            }
        }
    }
}
