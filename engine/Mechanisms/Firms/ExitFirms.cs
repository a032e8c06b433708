using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Market;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Firms;

/// <summary>
/// M19, exit as a hazard of the firm's position, never of its age: each month a firm closes with probability
/// 1 − e^(−λ), λ = base + runway hazard · e^(−runway / scale) · (1 + loss factor · loss share), where the runway is its
/// cash in months of its costs (wage bill and fixed cost; none when cash is below zero) and the loss share its loss as a
/// share of value added (at most 1; UN ¶7 L71: failure to upgrade costs market share and profitability). So a firm
/// with a short runway and losses is likely to close soon, one with cash in hand rarely, and an entrant can fail
/// early. A firm that relocates leaves the region. Its employees become unemployed; ties to it are dropped by the tie
/// phase. Rows are kept (ids are never reused).
/// </summary>
[PhaseSummary("firms out of cash or with persistent losses exit")]
internal sealed class ExitFirms : IPhase
{
    public void Run(SimulationState s)
    {
        var firms = s.Firms;
        var p = s.Parameters.Of<ExitParameters>();
        double fixedCost = s.Parameters.Of<MarketParameters>().FixedCostPerMonth;
        int deaths = 0;
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            if (!firms.Leaving[f] && !s.Random.Stream(Purpose.Exit, s.Tick, firms.Key[f]).Bernoulli(Probability(firms, f, p, fixedCost))) continue;
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

    /// <summary>The chance that firm <paramref name="f"/> closes this month, from its runway and its losses.</summary>
    internal static double Probability(FirmTable firms, int f, ExitParameters p, double fixedCost)
    {
        double costs = firms.Employees[f] * (double)firms.Wage[f] + fixedCost;
        double runway = costs > 0 ? Math.Max(0, firms.CashUsd[f]) / costs : double.PositiveInfinity;
        double loss = Math.Clamp(-firms.Margin(f), 0, 1);
        double hazard = p.BaseHazardPerMonth + p.RunwayHazardPerMonth * Math.Exp(-runway / p.RunwayScaleMonths) * (1 + p.LossHazardFactor * loss);
        return 1 - Math.Exp(-hazard);
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
