using ClusterSim.Engine.Core;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Market;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Finance;

/// <summary>
/// M12, seed funds, venture capital and banks. A firm that needs money (it wants to grow past what its
/// cash allows, see ProduceAndSell, or its cash covers only a few months of costs) meets a fund with probability deal rate × (1 + park integration) if
/// it is a park tenant, else the deal rate: funds "disconnected" from the parks see less of their deal
/// flow (WB:L251, L372). A seed fund invests in young firms, a venture fund in growing NTBFs, each when
/// investment readiness (½ commercial signal + ½ merit) reaches the threshold (WB:L386); a bank lends
/// against collateral (months of revenue) to profitable firms (WB:L465) and is repaid with interest.
/// Budgets are per year from the start of the run; the seed_fund_budget lever adds public money that is
/// placed first. Firms are served in order of a hash priority, so budgets run out the same way every run.
/// </summary>
[PhaseSummary("seed, venture and bank money to firms that need it; loan repayment")]
internal sealed class FinanceFirms : IPhase
{
    public void Run(SimulationState s)
    {
        var firms = s.Firms;
        var funds = s.Scenario.Institutions.Funds;
        if (funds.Count == 0) return;
        RepayLoans(s, funds);
        if (s.Tick % 12 == 0) ResetBudgets(s, funds);

        var p = s.Parameters.Of<FinanceParameters>();
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f] || !NeedsMoney(s, f)) continue;
            var rng = s.Random.Stream(Purpose.Finance, s.Tick, firms.Key[f]);
            int fund = rng.NextInt(funds.Count);
            var spec = funds[fund];
            double meet = p.DealRatePerMonth * (firms.Park[f] >= 0 ? 1 + spec.ParkIntegration : 1);
            if (!rng.Bernoulli(Math.Min(1, meet)) || !Eligible(s, spec, f)) continue;
            double amount = spec.Kind == FundKind.Bank ? Math.Min(spec.TicketUsd, p.CollateralMonths * firms.ValueAddedUsdPerMonth(f)) : spec.TicketUsd;
            if (amount <= 0 || s.Region.FundBudgetLeft[fund] + s.Region.PublicSeedLeft * (spec.Kind == FundKind.Seed ? 1 : 0) < amount) continue;
            if (spec.Kind == FundKind.Seed && s.Region.PublicSeedLeft >= amount)
            {
                s.Region.PublicSeedLeft -= amount;
                s.Policy.Spend[Levers.SeedFundBudget.Index] += amount;
            }
            else s.Region.FundBudgetLeft[fund] -= amount;
            firms.CashUsd[f] += amount;
            switch (spec.Kind)
            {
                case FundKind.Seed: s.Flows.Count(IndicatorCatalog.SeedInvestments); break;
                case FundKind.Venture: s.Flows.Count(IndicatorCatalog.VcInvestments); break;
                default:
                    firms.DebtUsd[f] += amount;
                    s.Flows.Count(IndicatorCatalog.BankLoans);
                    break;
            }
            s.Flows.Add(IndicatorCatalog.FinancePlaced, amount);
        }
    }

    /// <summary>A firm needs money when it cannot afford the growth it wants, or when its cash runs low.</summary>
    private static bool NeedsMoney(SimulationState s, int f)
    {
        var firms = s.Firms;
        double monthlyCost = firms.Employees[f] * (double)firms.Wage[f] + s.Parameters.Of<MarketParameters>().FixedCostPerMonth;
        return firms.WantedEmployees[f] > firms.TargetEmployees[f] || firms.CashUsd[f] < s.Parameters.Of<FinanceParameters>().NeedCashMonths * monthlyCost;
    }

    private static bool Eligible(SimulationState s, FundSpec fund, int f)
    {
        var firms = s.Firms;
        double margin = firms.Margin(f);
        double readiness = 0.5 * Math.Clamp(0.5 + 2 * margin, 0, 1) + 0.5 * firms.Merit[f];
        return fund.Kind switch
        {
            FundKind.Seed => s.Tick - firms.BirthTick[f] < s.Parameters.Of<FinanceParameters>().SeedMaxAgeMonths && readiness >= s.Parameters.Of<FinanceParameters>().ReadinessThreshold,
            FundKind.Venture => firms.Kind[f] == FirmKind.Ntbf && readiness >= s.Parameters.Of<FinanceParameters>().ReadinessThreshold,
            _ => margin > 0,
        };
    }

    private static void ResetBudgets(SimulationState s, IReadOnlyList<FundSpec> funds)
    {
        for (int i = 0; i < funds.Count; i++) s.Region.FundBudgetLeft[i] = funds[i].BudgetUsdPerYear;
        s.Region.PublicSeedLeft = s.Policy.Level(Levers.SeedFundBudget);
    }

    /// <summary>Banks' borrowers pay interest and an instalment each month, out of cash.</summary>
    private static void RepayLoans(SimulationState s, IReadOnlyList<FundSpec> funds)
    {
        double interest = 0;
        int banks = 0;
        foreach (var fund in funds)
            if (fund.Kind == FundKind.Bank) { interest += fund.InterestPerYear; banks++; }
        if (banks == 0) return;
        interest /= banks * 12.0;
        var firms = s.Firms;
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f] || firms.DebtUsd[f] <= 0) continue;
            double instalment = firms.DebtUsd[f] / s.Parameters.Of<FinanceParameters>().LoanTermMonths;
            firms.CashUsd[f] -= instalment + interest * firms.DebtUsd[f];
            firms.DebtUsd[f] -= instalment;
        }
    }
}
