using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Firms;

/// <summary>
/// M19, exit: a firm exits when its cash runs out or after persistent losses (UN ¶7 L71: failure to
/// upgrade costs market share and profitability), or leaves the region when it relocates. Its employees become unemployed; ties to it are dropped
/// by the tie phase. Rows are kept (ids are never reused).
/// </summary>
[PhaseSummary("firms out of cash or with persistent losses exit")]
internal sealed class ExitFirms : IPhase
{
    public void Run(SimulationState s)
    {
        var firms = s.Firms;
        int lossMonths = s.Parameters.Of<ExitParameters>().LossMonthsToExit;
        int deaths = 0;
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f] || (firms.CashUsd[f] >= 0 && firms.LossMonths[f] < lossMonths && !firms.Leaving[f])) continue;
            firms.Alive[f] = false;
            firms.DeathTick[f] = s.Tick;
            s.ExitedThisTick.Add(f);
            deaths++;
        }
        if (deaths == 0) return;
        s.Flows.Add(IndicatorCatalog.FirmDeaths, deaths);
        // A dead firm keeps its last employee count, for the panel's exit row; no phase reads dead rows.
        s.Executor.For(s.People.Count, new ReleaseBody(s.People, firms));
    }

    private readonly struct ReleaseBody(PersonTable people, FirmTable firms) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                int employer = people.Employer[i];
                if (employer >= 0 && !firms.Alive[employer])
                {
                    people.Employer[i] = PersonTable.NoEmployer;
                    people.TenureMonths[i] = 0;
                }
            }
        }
    }
}
