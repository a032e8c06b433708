using ClusterSim.Engine.Core;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Demography;

/// <summary>
/// Demography, immigration: a Poisson number of immigrants a month, in proportion to the population and to the
/// region's pull R^η (MigrationResponse: its expected income against the outside's).
/// They arrive unemployed, of working age, in a locality drawn by its size, in a uniformly drawn field,
/// with expertise around the field's mean. Immigrant j of tick t is keyed by (region key, t, j).
/// </summary>
[PhaseSummary("immigrants arrive, more when the region pays and hires better than outside")]
internal sealed class Immigrate : IPhase
{
    public void Run(SimulationState s)
    {
        var p = s.Parameters.Of<DemographyParameters>();
        var people = s.People;
        var rng = s.Random.Stream(Purpose.Immigration, s.Tick, s.RegionKey);
        int arrivals = rng.NextPoisson(p.ImmigrantsPer1000PerMonth * people.PresentCount / 1000.0 * MigrationResponse.Pull(s));
        double minAge = p.ImmigrantMinAgeYears * 12, span = Math.Max(0, p.ImmigrantMaxAgeYears - p.ImmigrantMinAgeYears) * 12;
        for (int j = 0; j < arrivals; j++)
        {
            ulong key = EntityKey.Child(s.RegionKey, s.Tick, j);
            var draw = s.Random.Stream(Purpose.Immigration, s.Tick, key);
            int field = draw.NextInt(s.Scenario.Region.Fields);
            people.Add(key, (int)(minAge + draw.NextDouble() * span), WeightedPicks.Pick(s.LocalityCumulative, draw.NextDouble()), field,
                (float)draw.NextDouble(), (float)(s.Region.FieldExpertise[field] * (0.5 + draw.NextDouble())));
        }
        s.Flows.Add(IndicatorCatalog.MigrantsIn, arrivals);
        s.Flows.Add(IndicatorCatalog.NetMigration, arrivals);
    }
}
