using ClusterSim.Engine.Core;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Labour;

/// <summary>
/// Every 12th tick, at the end of the tick: job-to-job mobility as a labour-force survey measures it (EU LFS,
/// validation-targets E5), person by person: among the people employed at the previous yearly measurement and
/// still in the region, the share whose employer now differs (someone who moved twice and came back does not
/// count; someone now unemployed counts as not having changed employer). Then it records each person's current
/// employer for next year. Reads people's employers and the firm and institution keys; writes
/// <see cref="PersonTable.EmployerKeyYearAgo"/> and <see cref="RegionalState.EmployerChangeShare"/> only. A
/// measurement, not a mechanism: it changes nothing any other phase reads, and draws no random numbers.
/// </summary>
[PhaseSummary("every 12th tick, the share of people employed a year before whose employer differs now (job-to-job mobility per person)")]
internal sealed class CountEmployerChanges : IPhase
{
    public const int EveryTicks = 12;

    public void Run(SimulationState s)
    {
        if (s.Tick % EveryTicks != 0) return;
        var people = s.People;
        long employedYearAgo = 0, changed = 0;
        for (int i = 0; i < people.Count; i++)
        {
            ulong now = people.Present[i] ? EmployerKey(s, i) : 0;
            ulong before = people.EmployerKeyYearAgo[i];
            if (before != 0 && people.Present[i])
            {
                employedYearAgo++;
                if (now != 0 && now != before) changed++;
            }
            people.EmployerKeyYearAgo[i] = now;
        }
        if (employedYearAgo > 0) s.Region.EmployerChangeShare = changed / (double)employedYearAgo;
    }

    private static ulong EmployerKey(SimulationState s, int person)
    {
        int firm = s.People.Employer[person], institution = s.People.Institution[person];
        return firm >= 0 ? s.Firms.Key[firm] : institution >= 0 ? s.Institutions.Key[institution] : 0;
    }
}
