using ClusterSim.Engine.Core;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Firms;
using ClusterSim.Engine.Mechanisms.Parks;
using ClusterSim.Engine.Mechanisms.Ties;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Global;

/// <summary>
/// M16, soft landing and internationalisation. A park with partner parks abroad (its own and those the
/// partner_parks lever adds) hosts Poisson(slots × uptake
/// / 12) foreign firms a month (uptake raised by visa support), up to its free slots: type A, experienced
/// founders with overseas experience, bring more knowledge; type B, young serial founders, less (IASP:L47–62).
/// A landing firm is a new tenant with rent-free months and access to foreign markets. With mutual soft
/// landing the park also sends tenants to its partners, who gain export access and a link abroad (IASP:L76).
/// Firms of the region's top knowledge decile leave for global hubs with a monthly hazard that
/// internationalisation services (at their park, or having been abroad) largely remove: "the most promising
/// technology companies would leave STPs" without them (IASP:L37; SF27).
/// </summary>
[PhaseSummary("foreign firms land, tenants go abroad, top firms may emigrate")]
internal sealed class SoftLanding : IPhase
{
    public void Run(SimulationState s)
    {
        var parks = s.Parks;
        for (int k = 0; k < parks.Count; k++)
        {
            if (parks.Closed[k]) continue; // a closed park hosts no one, and its programmes stop
            var spec = parks.Specs[k];
            double extraSlots = s.Policy.LevelFor(Levers.SoftLandingSlots, TargetScope.Park, k);
            s.Policy.Spend[Levers.SoftLandingSlots.Index] += extraSlots * s.Parameters.Of<SoftLandingParameters>().SlotCostUsdPerYear / 12;
            if (HasServices(s, k) && !spec.InternationalisationServices)
                s.Policy.Spend[Levers.InternationalisationServices.Index] += s.Parameters.Of<SoftLandingParameters>().ServicesCostUsdPerMonth;
            double extraPartners = s.Policy.LevelFor(Levers.PartnerParks, TargetScope.Park, k);
            s.Policy.Spend[Levers.PartnerParks.Index] += extraPartners * s.Parameters.Of<SoftLandingParameters>().PartnershipCostUsdPerYear / 12;
            double partners = spec.PartnerParks + extraPartners;
            if (partners <= 0) continue;
            Land(s, k, (spec.SoftLandingSlotsPerYear + extraSlots) / 12);
            if (spec.MutualSoftLanding) SendOut(s, k, partners);
        }
        Emigrate(s);
    }

    public static bool HasServices(SimulationState s, int park) =>
        s.Parks.Specs[park].InternationalisationServices || s.Policy.LevelFor(Levers.InternationalisationServices, TargetScope.Park, park) >= 0.5;

    private static void Land(SimulationState s, int park, double slotsPerMonth)
    {
        var p = s.Parameters.Of<SoftLandingParameters>();
        var parks = s.Parks;
        var spec = parks.Specs[park];
        double visa = s.Policy.Level(Levers.VisaSupport);
        var rng = s.Random.Stream(Purpose.SoftLanding, s.Tick, parks.Key[park]);
        int arrivals = Math.Min(rng.NextPoisson(slotsPerMonth * Math.Min(1, p.Uptake + visa)), parks.AvailableSlots(park) - parks.Tenants[park]);
        for (int j = 0; j < arrivals; j++)
        {
            ulong founderKey = EntityKey.Child(parks.Key[park], s.Tick, j);
            var draw = s.Random.Stream(Purpose.SoftLanding, s.Tick, founderKey);
            bool typeA = draw.Bernoulli(p.TypeAShare);
            int field = draw.NextInt(s.Scenario.Region.Fields);
            int founder = s.People.Add(founderKey, (typeA ? 45 : 30) * 12, spec.Locality, field, (float)(0.5 + 0.5 * draw.NextDouble()), s.Region.Frontier[field]);
            s.Flows.Count(IndicatorCatalog.MigrantsIn);
            int f = NewFirms.Found(s, founder, FirmOrigin.SoftLanding, parks.Key[park], 0, spec.Locality);
            var firms = s.Firms;
            firms.KnowledgeOf(f)[field] = (float)(p.EntrantKnowledgeShare * (typeA ? 1 : 0.5) * s.Region.Frontier[field]);
            firms.Merit[f] = typeA ? 0.6f : 0.5f;
            ParkTerms.Admit(s, f, park);
            firms.FreeRentUntilTick[f] = s.Tick + spec.SoftLandingFreeMonths;
            firms.ExportAccess[f] = true;
            TieSlots.TieBothWays(firms, f, FirmTable.ExternalPartner, TieLayer.External, 1f);
            s.Policy.Spend[Levers.VisaSupport.Index] += visa * p.VisaCostUsd;
            s.Flows.Count(IndicatorCatalog.SoftLandingEntrants);
            NewFirms.Finish(s, f);
        }
    }

    private static void SendOut(SimulationState s, int park, double partners)
    {
        var firms = s.Firms;
        double rate = s.Parameters.Of<SoftLandingParameters>().OutboundRatePerMonth * partners;
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f] || firms.Park[f] != park || firms.ExportAccess[f]) continue;
            if (!s.Random.Stream(Purpose.SoftLanding, s.Tick, firms.Key[f]).Bernoulli(Math.Min(1, rate))) continue;
            firms.ExportAccess[f] = true;
            TieSlots.TieBothWays(firms, f, FirmTable.ExternalPartner, TieLayer.External, 1f);
            s.Flows.Count(IndicatorCatalog.FirmsSentAbroad);
        }
    }

    private static void Emigrate(SimulationState s)
    {
        var firms = s.Firms;
        var p = s.Parameters.Of<SoftLandingParameters>();
        double top = s.Region.KnowledgeP90; // last month's top decile: the leaders firms and hubs know of
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f] || firms.Leaving[f] || firms.KnowledgeLevel[f] < top || firms.Kind[f] == FirmKind.TncAffiliate) continue;
            bool served = firms.ExportAccess[f] || (firms.Park[f] >= 0 && HasServices(s, firms.Park[f]));
            double hazard = p.EmigrationRatePerMonth * (served ? 1 - p.ServicesProtection : 1);
            if (!s.Random.Stream(Purpose.FirmEmigration, s.Tick, firms.Key[f]).Bernoulli(hazard)) continue;
            firms.Leaving[f] = true;
            s.Flows.Count(IndicatorCatalog.FirmsEmigrated);
        }
    }

}
