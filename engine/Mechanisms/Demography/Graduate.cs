using ClusterSim.Engine.Core;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Demography;

/// <summary>
/// M7, graduates: once a year, in the graduation month, each university sends its graduates into the
/// regional labour market, in its locality, in fields drawn by its research profile, with expertise a
/// share of its knowledge in the field ("training and recruitment of university graduates", TSER ¶15 L34).
/// A graduate enters the regional labour force with probability q, whose odds are the retention odds times the
/// region's pull R^η (MigrationResponse), and otherwise leaves at graduation: labour-force entry follows the region's
/// wages and job prospects against the outside's.
/// Graduate j of a university in tick t is keyed by (university key, t, j).
/// </summary>
[PhaseSummary("universities send graduates into the labour market (once a year)")]
internal sealed class Graduate : IPhase
{
    public void Run(SimulationState s)
    {
        var p = s.Parameters.Of<GraduateParameters>();
        if (s.Scenario.Run.Start.AddMonths(s.Tick).Month != p.GraduationMonth) return;
        double retention = s.Parameters.Of<DemographyParameters>().GraduateRetention;
        double odds = retention / (1 - retention) * MigrationResponse.Pull(s), stay = odds / (1 + odds);
        var institutions = s.Institutions;
        for (int inst = 0; inst < institutions.Count; inst++)
        {
            if (institutions.Kind[inst] != InstitutionKind.University) continue;
            var knowledge = institutions.KnowledgeOf(inst);
            for (int j = 0; j < institutions.GraduatesPerYear[inst]; j++)
            {
                ulong key = EntityKey.Child(institutions.Key[inst], s.Tick, j);
                var draw = s.Random.Stream(Purpose.Graduation, s.Tick, key);
                int field = institutions.DrawField(inst, draw.NextDouble());
                float skill = (float)(0.5 + 0.5 * draw.NextDouble());
                float expertise = (float)(p.ExpertiseShare * knowledge[field] * (0.75 + 0.5 * draw.NextDouble()));
                if (!draw.Bernoulli(stay))
                {
                    s.Flows.Count(IndicatorCatalog.GraduatesLeaving);
                    continue;
                }
                int person = s.People.Add(key, (int)(p.AgeYears * 12), institutions.Locality[inst], field, skill, expertise);
                s.People.GraduationTick[person] = s.Tick;
                s.Flows.Count(IndicatorCatalog.Graduates);
            }
        }
    }
}
