using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Mechanisms.Parks;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Ties;

/// <summary>
/// M3–M4, the firm network. Every tie loses weight each month at its layer's rate (networks are
/// "entropic", WB:L450) and is dropped below a floor or when the partner exits. A firm with a free slot
/// meets, with the formation rate, one candidate: an external partner (with the external share), a
/// customer or supplier from its locality (with the vertical share: close links "especially between
/// customers and suppliers", TSER ¶18 L41), or a collaborator from its field or locality. It ties to a
/// regional candidate with probability g·[same locality] + (1 − g)·cos(K_f, K_c), never searching all pairs.
/// New ties are proposed in parallel and applied in chunk order together with the partner's reciprocal
/// tie (supplier ↔ customer), when the partner has a free slot.
/// </summary>
[PhaseSummary("firm ties decay and form by proximity, reciprocal ties applied")]
internal sealed class FormAndDecayTies : IPhase
{
    // Scratch reused from tick to tick.
    private readonly ChunkBuffers<TieProposal> _proposals = new();
    private TieProposal[] _ordered = [];

    public void Run(SimulationState s)
    {
        var firms = s.Firms;
        _proposals.Reset(s.Executor.ChunkCount(firms.Count));
        s.Executor.For(firms.Count, new Body(s, s.Parameters.Of<TieParameters>(), _proposals));
        int n = _proposals.CopyInOrder(ref _ordered);
        foreach (var t in _ordered.AsSpan(0, n)) TieSlots.TieBothWays(firms, t.Owner, t.Partner, t.Layer, 1f);
    }

    private readonly struct Body(SimulationState s, TieParameters p, ChunkBuffers<TieProposal> proposals) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            var firms = s.Firms;
            int slots = firms.TieSlots;
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                bool hasFree = false;
                for (int j = f * slots; j < (f + 1) * slots; j++)
                {
                    int partner = firms.TieTarget[j];
                    if (partner == FirmTable.NoPartner)
                    {
                        hasFree = true;
                        continue;
                    }
                    float w = firms.TieWeight[j] * (float)(1 - DecayOf(firms.TieKind[j]));
                    if (w < p.MinWeight || (partner >= 0 && !firms.Alive[partner]))
                    {
                        firms.TieTarget[j] = FirmTable.NoPartner;
                        firms.TieWeight[j] = 0;
                        hasFree = true;
                    }
                    else firms.TieWeight[j] = w;
                }
                if (hasFree) Propose(chunk, f);
            }
        }

        private double DecayOf(TieLayer layer) => layer switch
        {
            TieLayer.Supplier or TieLayer.Customer => p.VerticalDecayPerMonth,
            TieLayer.Parent => p.ParentDecayPerMonth,
            _ => p.DecayPerMonth,
        };

        private void Propose(int chunk, int f)
        {
            var firms = s.Firms;
            var rng = s.Random.Stream(Purpose.TieFormation, s.Tick, firms.Key[f]);
            if (!rng.Bernoulli(p.FormationRatePerMonth)) return;
            double u = rng.NextDouble();
            if (u < p.ExternalShare)
            {
                if (!firms.IsTied(f, FirmTable.ExternalPartner)) proposals.Add(chunk, new TieProposal(f, FirmTable.ExternalPartner, TieLayer.External));
                return;
            }
            TieLayer layer;
            ReadOnlySpan<int> pool;
            if (u < p.ExternalShare + p.VerticalShare)
            {
                layer = rng.Bernoulli(0.5) ? TieLayer.Supplier : TieLayer.Customer;
                pool = s.Neighbourhoods.InLocality(firms.Locality[f]);
            }
            else
            {
                layer = TieLayer.Collaboration;
                int park = firms.Park[f];
                // Tenants meet co-tenants (parks "facilitate geographic proximity", WB:L95); others draw no extra number.
                if (park >= 0 && rng.Bernoulli(s.Parameters.Of<ParkParameters>().ColocationShare)) pool = s.Neighbourhoods.InPark(park);
                else pool = rng.Bernoulli(p.SameFieldShare) ? s.Neighbourhoods.InField(firms.Field[f]) : s.Neighbourhoods.InLocality(firms.Locality[f]);
            }
            int candidate = pool[rng.NextInt(pool.Length)];
            if (candidate == f || firms.IsTied(f, candidate)) return;
            double proximity = (firms.Locality[candidate] == firms.Locality[f] ? p.GeographicProximityWeight : 0)
                + (1 - p.GeographicProximityWeight) * KnowledgeKernels.Cosine(firms.KnowledgeOf(f), firms.KnowledgeOf(candidate));
            if (rng.Bernoulli(proximity)) proposals.Add(chunk, new TieProposal(f, candidate, layer));
        }
    }
}

/// <summary>A tie a firm proposes to form this tick; applied serially, with the reciprocal slot.</summary>
internal readonly record struct TieProposal(int Owner, int Partner, TieLayer Layer);
