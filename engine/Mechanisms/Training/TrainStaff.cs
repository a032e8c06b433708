using ClusterSim.Engine.Core;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Training;

/// <summary>
/// M7 and M25, training and its finance. Firms spend a share of their wage bill on training, large firms
/// more than SMEs, which "generally neglect training" for fear of not appropriating it and for lack of
/// funds (UN ¶49 L220). A training grant reimbursing a share g of the cost raises the share to
/// base × (1 + e·g). A payroll levy at rate r on firms of at least a minimum size is remitted for what they
/// spend on training; a levied firm trains up to the uptake share of its levy and pays the rest (the
/// levy–grant schemes of UN Box 3 L242–250). Training builds the firm's human capital H, which raises
/// productivity (M7: κ·ΔH; UN ¶45 L192), more in high-tech fields (UN ¶46 L194), and erodes as trained
/// staff leave; it also speeds employees' learning. The net cost is charged in the market phase.
/// </summary>
[PhaseSummary("training spend")]
internal sealed class TrainStaff : IPhase
{
    public void Run(SimulationState s)
    {
        var firms = s.Firms;
        var p = s.Parameters.Of<TrainingParameters>();
        var policy = s.Policy;
        double total = 0, grants = 0, levies = 0;
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            double grant = policy.LevelFor(Levers.TrainingGrant, firms, f);
            double levy = firms.Employees[f] >= p.LevyMinEmployees ? policy.LevelFor(Levers.TrainingLevy, firms, f) : 0;
            double share = (firms.Kind[f] is FirmKind.Large or FirmKind.TncAffiliate ? p.LargeFirmShareOfWageBill : p.SmallFirmShareOfWageBill)
                           * (1 + p.GrantElasticity * grant);
            share = Math.Max(firms.HighRoad[f] ? share : 0, levy * p.LevyUptake); // the low road does no training of its own (M14)
            double wageBill = firms.Employees[f] * (double)firms.Wage[f];
            double spend = share * wageBill;
            double grantPaid = grant * spend;
            double levyPaid = Math.Max(0, levy * wageBill - spend);
            firms.TrainingShare[f] = (float)share;
            double yield = p.HumanCapitalYield * (s.IsHighTech(firms.Field[f]) ? p.HighTechMultiplier : 1);
            firms.HumanCapital[f] = (float)((1 - p.HumanCapitalDecayPerMonth) * firms.HumanCapital[f] + yield * share);
            firms.TrainingCostUsdPerMonth[f] = (float)(spend - grantPaid + levyPaid);
            total += spend;
            grants += grantPaid;
            levies += levyPaid;
        }
        s.Flows.Add(IndicatorCatalog.TrainingSpend, total);
        policy.Spend[Levers.TrainingGrant.Index] += grants;
        policy.Spend[Levers.TrainingLevy.Index] -= levies;
    }
}
