using ClusterSim.Engine.Core;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Firms;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Global;

/// <summary>
/// Foreign direct investment: multinational affiliates set up in the region at a yearly rate, raised by the
/// fdi_incentives lever ("quite limited mobile technology based investments and competition for them … is
/// severe", WB:L307; UN ¶29 L130, ¶65 L302). An affiliate arrives with a manager from abroad, knowledge
/// near the frontier in its field, cash for its set-up, and grows faster than local firms. Its own switch,
/// fdi_attraction, so that turning acquisitions off leaves inward investment alone.
/// </summary>
[PhaseSummary("multinational affiliates set up in the region (FDI)")]
internal sealed class AttractAffiliates : IPhase
{
    public void Run(SimulationState s)
    {
        var p = s.Parameters.Of<FdiParameters>();
        double incentive = s.Policy.Level(Levers.FdiIncentives);
        var target = s.Policy.Target(Levers.FdiIncentives);
        var rng = s.Random.Stream(Purpose.Fdi, s.Tick, s.RegionKey);
        int arrivals = rng.NextPoisson((p.AffiliatesPerYear + p.IncentiveElasticity * incentive) / 12);
        for (int j = 0; j < arrivals; j++)
        {
            ulong managerKey = EntityKey.Child(s.RegionKey, s.Tick, 1_000_000 + j);
            var draw = s.Random.Stream(Purpose.Fdi, s.Tick, managerKey);
            int locality = target.Scope == TargetScope.Locality ? target.Index : WeightedPicks.Pick(s.LocalityCumulative, draw.NextDouble());
            int field = draw.NextInt(s.Scenario.Region.Fields);
            int manager = s.People.Add(managerKey, 40 * 12, locality, field, 1f, s.Region.Frontier[field]);
            s.Flows.Count(IndicatorCatalog.MigrantsIn);
            int f = NewFirms.Found(s, manager, FirmOrigin.DeNovo, 0, 0, locality);
            var firms = s.Firms;
            firms.Kind[f] = FirmKind.TncAffiliate;
            firms.Activity[f] = FirmActivity.Manufacturing;
            var row = firms.KnowledgeOf(f);
            for (int k = 0; k < row.Length; k++) row[k] = 0.9f * s.Region.Frontier[k];
            firms.CashUsd[f] += p.SetupCostUsd;
            firms.GrowthMultiplier[f] = (float)p.GrowthMultiplier;
            firms.ExportAccess[f] = true;
            s.Policy.Spend[Levers.FdiIncentives.Index] += incentive * p.SetupCostUsd;
            s.Flows.Count(IndicatorCatalog.AffiliatesAttracted);
            NewFirms.Finish(s, f);
        }
    }
}
