using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Core;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Market;

/// <summary>
/// The market. Productivity rises with knowledge, A = (1 + L)^β. A firm sells at a price that gives a firm
/// of mean productivity the markup over the reference wage bill, so what pays is productivity relative to
/// the region: revenue = n · wage₀ · markup · (A / Ā) · e^shock, with a persistent firm-specific demand
/// shock. The regional wage follows the wage curve, w = wage₀ · (u / u_ref)^−ε: a tight labour market
/// squeezes margins. Profit (revenue − n·w − fixed cost − R&amp;D net of subsidy) feeds cash; the target
/// size moves with the margin, rounded stochastically so small firms can grow one worker at a time.
/// </summary>
public static class ProduceAndSell
{
    public static void Run(SimulationState s)
    {
        var firms = s.Firms;
        var p = s.Parameters.Market;
        Span<double> sums = stackalloc double[2];
        s.Executor.Reduce(firms.Count, new ProductivityBody(firms, p.KnowledgeElasticity), sums);
        s.MeanProductivity = sums[1] > 0 ? sums[0] / sums[1] : 1;
        double unemployment = s.People.Count > 0 ? Math.Max(1 - sums[1] / s.People.Count, 1e-3) : p.ReferenceUnemployment;
        s.WageUsdPerMonth = p.WagePerMonth * Math.Pow(unemployment / p.ReferenceUnemployment, -p.WageCurveElasticity);
        s.Executor.For(firms.Count, new SellBody(s, p, s.MeanProductivity, s.WageUsdPerMonth));
        SummariseFields(s);
    }

    private readonly struct ProductivityBody(FirmTable firms, double elasticity) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                float a = (float)Math.Pow(1 + firms.KnowledgeLevel[f], elasticity);
                firms.Productivity[f] = a;
                sums[0] += (double)a * firms.Employees[f];
                sums[1] += firms.Employees[f];
            }
        }
    }

    private readonly struct SellBody(SimulationState s, Scenarios.MarketParameters p, double meanProductivity, double wage) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            var firms = s.Firms;
            double subsidy = s.Scenario.Policies.GetValueOrDefault(Policies.Levers.RdSubsidy.Name)?.LevelAt(s.Tick) ?? 0;
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                var rng = s.Random.Stream(Purpose.Market, s.Tick, firms.Key[f]);
                double shock = p.ShockPersistence * firms.DemandShock[f] + p.ShockSd * rng.NextNormal();
                firms.DemandShock[f] = (float)shock;
                int n = firms.Employees[f];
                double revenue = n * p.WagePerMonth * p.Markup * (firms.Productivity[f] / meanProductivity) * Math.Exp(shock);
                double profit = revenue - n * wage - p.FixedCostPerMonth - firms.RdSpendUsdPerMonth[f] * (1 - subsidy);
                firms.RevenueUsdPerMonth[f] = (float)revenue;
                firms.ProfitUsdPerMonth[f] = (float)profit;
                firms.CashUsd[f] += profit;
                firms.LossMonths[f] = profit < 0 ? firms.LossMonths[f] + 1 : 0;
                double margin = revenue > 0 ? profit / revenue : -1;
                double target = Math.Max(1.0, n * (1 + p.GrowthResponse * margin));
                int whole = (int)target;
                firms.TargetEmployees[f] = whole + (rng.Bernoulli(target - whole) ? 1 : 0);
            }
        }
    }

    /// <summary>Per-field mean margin (entry opportunity) and mean own-field knowledge (what entrants start from).</summary>
    private static void SummariseFields(SimulationState s)
    {
        var firms = s.Firms;
        int fields = firms.Fields;
        if (s.FieldOpportunity.Length != fields)
        {
            s.FieldOpportunity = new double[fields];
            s.FieldKnowledge = new double[fields];
        }
        Span<double> profit = stackalloc double[fields];
        Span<double> revenue = stackalloc double[fields];
        Span<double> knowledge = stackalloc double[fields];
        Span<int> count = stackalloc int[fields];
        profit.Clear(); revenue.Clear(); knowledge.Clear(); count.Clear();
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            int k = firms.Field[f];
            profit[k] += firms.ProfitUsdPerMonth[f];
            revenue[k] += firms.RevenueUsdPerMonth[f];
            knowledge[k] += firms.Knowledge[f * firms.Stride + k];
            count[k]++;
        }
        double normalMargin = 1 - 1 / s.Parameters.Market.Markup;
        for (int k = 0; k < fields; k++)
        {
            double margin = revenue[k] > 0 ? profit[k] / revenue[k] : 0;
            s.FieldOpportunity[k] = normalMargin > 0 ? Math.Clamp(margin / normalMargin, 0, 3) : 0;
            s.FieldKnowledge[k] = count[k] > 0 ? knowledge[k] / count[k] : s.Scenario.Population.InitialKnowledge;
        }
    }
}
