using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Ties;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Global;

/// <summary>
/// M13, the subcontracting ladder: simple components → OEM → ODM → own brand (UN ¶14 L88–92). A firm a
/// multinational buys from (a customer tie to an affiliate) starts supplying simple components; it climbs
/// to OEM and ODM only when its absorptive capacity clears each rung's gate (UN ¶31 L136), ODM "in a very
/// few instances", and launches its own brand when it can pay for marketing. Each rung deepens what it
/// learns from its multinational customer (LearnFromTies); captive suppliers (simple, OEM) do less R&amp;D
/// (UN ¶15 L94; SF14, ReviewRd). The mandated_local_linkages lever makes affiliates take on local suppliers.
/// </summary>
[PhaseSummary("mandated linkages; suppliers of multinationals climb the ladder")]
internal sealed class ClimbSupplierLadder : IPhase
{
    public void Run(SimulationState s)
    {
        MandateLinkages(s);
        s.Executor.For(s.Firms.Count, new Body(s));
    }

    /// <summary>Whether <paramref name="f"/> supplies a multinational affiliate now.</summary>
    public static bool SuppliesMultinational(FirmTable firms, int f)
    {
        for (int j = f * firms.TieSlots; j < (f + 1) * firms.TieSlots; j++)
        {
            int partner = firms.TieTarget[j];
            if (partner >= 0 && firms.TieKind[j] == TieLayer.Customer && firms.Alive[partner] && firms.Kind[partner] == FirmKind.TncAffiliate) return true;
        }
        return false;
    }

    private static void MandateLinkages(SimulationState s)
    {
        var firms = s.Firms;
        if (s.Policy.Level(Levers.MandatedLocalLinkages) == 0) return;
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f] || firms.Kind[f] != FirmKind.TncAffiliate) continue;
            var rng = s.Random.Stream(Purpose.Subcontracting, s.Tick, firms.Key[f]);
            if (!rng.Bernoulli(s.Policy.LevelFor(Levers.MandatedLocalLinkages, firms, f))) continue;
            var pool = s.Neighbourhoods.InLocality(firms.Locality[f]);
            int supplier = pool[rng.NextInt(pool.Length)];
            if (supplier != f && firms.Kind[supplier] != FirmKind.TncAffiliate)
                TieSlots.TieBothWays(firms, f, supplier, TieLayer.Supplier, 1f);
        }
    }

    private readonly struct Body(SimulationState s) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            var firms = s.Firms;
            var p = s.Parameters.Of<SubcontractingParameters>();
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f] || firms.Kind[f] == FirmKind.TncAffiliate) continue;
                var tier = firms.Tier[f];
                if (tier == SupplierTier.Obm) continue;
                bool supplying = SuppliesMultinational(firms, f);
                if (tier == SupplierTier.None && !supplying) continue;
                var rng = s.Random.Stream(Purpose.Subcontracting, s.Tick, firms.Key[f]);
                double ac = firms.AbsorptiveCapacity[f];
                switch (tier)
                {
                    case SupplierTier.None when rng.Bernoulli(p.EntryRatePerMonth):
                        firms.Tier[f] = SupplierTier.SimpleComponents;
                        break;
                    case SupplierTier.SimpleComponents when supplying && ac >= p.OemMinAc && rng.Bernoulli(p.OemRatePerMonth):
                        firms.Tier[f] = SupplierTier.Oem;
                        break;
                    case SupplierTier.Oem when supplying && ac >= p.OdmMinAc && rng.Bernoulli(p.OdmRatePerMonth):
                        firms.Tier[f] = SupplierTier.Odm;
                        break;
                    case SupplierTier.Odm when firms.CashUsd[f] >= p.ObmInvestmentMonths * firms.ValueAddedUsdPerMonth(f) && rng.Bernoulli(p.ObmRatePerMonth):
                        firms.CashUsd[f] -= p.ObmInvestmentMonths * firms.ValueAddedUsdPerMonth(f);
                        firms.Tier[f] = SupplierTier.Obm;
                        break;
                }
            }
        }
    }
}
