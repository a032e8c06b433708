using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Parks;

/// <summary>
/// Park admission by propose → resolve → apply (brief §1.5, M9). A firm of a park's locality that the
/// park's model accepts (young firms for a bic_incubator, any firm for a land_zone, R&amp;D performers and
/// NTBFs for an rd_centred park, manufacturers for an industrial_restructuring park, no firm tenants for a
/// campus_applied_research park) applies with probability rate × visibility × attraction (LocationChoice,
/// M21) × the region's demand for technology services (M18). The park scores applicants
/// w·technology (AC) + (1 − w)·commercial potential (margin), WB:L160–162, and admits the best above a
/// threshold up to its free slots; pressure to meet a self-funding target relaxes the threshold, so a
/// strict target fills the park with weaker tenants (WB:L213; SF20).
/// </summary>
[PhaseSummary("applications, selection and admission of tenants")]
internal sealed class AdmitTenants : IPhase
{
    // Scratch reused from tick to tick.
    private readonly ChunkBuffers<Proposal> _applications = new();
    private Proposal[] _ordered = [];
    private int[] _slots = [];

    public void Run(SimulationState s)
    {
        var parks = s.Parks;
        if (parks.Count == 0) return;
        // Targets 0 … n − 1 are the parks; n … 2n − 1 hold rejected applications (no slots), so every
        // application is counted but only those above the threshold can win.
        if (_slots.Length != 2 * parks.Count) _slots = new int[2 * parks.Count];
        for (int k = 0; k < parks.Count; k++)
        {
            _slots[k] = Math.Max(0, parks.AvailableSlots(k) - parks.Tenants[k]);
            parks.Applicants[k] = 0;
            parks.Admitted[k] = 0;
        }
        _applications.Reset(s.Executor.ChunkCount(s.Firms.Count));
        s.Executor.For(s.Firms.Count, new ProposeBody(s, _applications));
        int n = _applications.CopyInOrder(ref _ordered);
        var proposals = _ordered.AsSpan(0, n);
        foreach (var a in proposals) parks.Applicants[a.Target % parks.Count]++;
        s.Flows.Add(IndicatorCatalog.DemandForServices, n);
        int admitted = ContestResolver.Resolve(proposals, _slots);
        foreach (var a in proposals[..admitted]) ParkTerms.Admit(s, a.Proposer, a.Target);
    }

    public static bool Accepts(SimulationState s, int park, int f)
    {
        var firms = s.Firms;
        return s.Parks.Specs[park].Model switch
        {
            ParkModel.BicIncubator => s.Tick - firms.BirthTick[f] < s.Parameters.Of<ParkParameters>().YoungFirmMonths,
            ParkModel.LandZone => true,
            ParkModel.CampusAppliedResearch => false,
            ParkModel.RdCentred => firms.RdPerformer[f] || firms.Kind[f] == FirmKind.Ntbf,
            ParkModel.IndustrialRestructuring => firms.Activity[f] == FirmActivity.Manufacturing,
            _ => false,
        };
    }

    /// <summary>w·AC + (1 − w)·clamp(½ + 2·margin, 0, 1).</summary>
    public static double Score(SimulationState s, int park, int f)
    {
        var firms = s.Firms;
        double w = s.Parks.Specs[park].SelectionTechWeight;
        double margin = firms.Margin(f);
        return w * firms.AbsorptiveCapacity[f] + (1 - w) * Math.Clamp(0.5 + 2 * margin, 0, 1);
    }

    private readonly struct ProposeBody(SimulationState s, ChunkBuffers<Proposal> applications) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            var firms = s.Firms;
            var parks = s.Parks;
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f] || firms.Park[f] >= 0) continue;
                var rng = s.Random.Stream(Purpose.ParkApplication, s.Tick, firms.Key[f]);
                // One application a month at most: to a park of the firm's locality drawn at random.
                int local = 0;
                for (int k = 0; k < parks.Count; k++) if (parks.Specs[k].Locality == firms.Locality[f]) local++;
                if (local == 0) continue;
                int pick = rng.NextInt(local), park = -1;
                for (int k = 0; k < parks.Count && park < 0; k++)
                    if (parks.Specs[k].Locality == firms.Locality[f] && pick-- == 0) park = k;
                if (!Accepts(s, park, f)) continue;
                double attraction = parks.Attraction[park];
                if (!rng.Bernoulli(Math.Min(1, s.Parameters.Of<ParkParameters>().ApplicationRatePerMonth * parks.Visibility[park] * attraction * s.Region.DemandIndex))) continue;
                double score = Score(s, park, f);
                // Best score first; ties broken by a hash.
                ulong priority = (ulong)((1 - Math.Clamp(score, 0, 1)) * uint.MaxValue) << 32 | rng.NextUInt();
                applications.Add(chunk, new Proposal(score >= ParkTerms.Threshold(s, park) ? park : park + parks.Count, priority, f));
            }
        }
    }
}
