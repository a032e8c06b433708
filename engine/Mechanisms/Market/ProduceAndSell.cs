using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Demand;
using ClusterSim.Engine.Mechanisms.Finance;
using ClusterSim.Engine.Mechanisms.Firms;
using ClusterSim.Engine.Mechanisms.Global;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Mechanisms.Parks;
using ClusterSim.Engine.Mechanisms.Strategy;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Market;

/// <summary>
/// The market. Productivity rises with knowledge, past innovations and trained staff,
/// A = (1 + L)^β · (1 + B) · (1 + H), the bonus B eroding with obsolescence. Each field's log demand follows
/// an AR(1). A firm sells at a price that gives a firm of mean productivity the markup over the reference
/// wage bill, so what pays is productivity relative to the region, with a price falling in size beyond a
/// reference size (downward-sloping demand, which bounds firm size):
/// revenue = n · wage₀ · markup · (A / Ā) · (max(n, n_ref) / n_ref)^−ψ · e^(D_field + shock), with a
/// persistent firm-specific shock, scaled by park services, merit, own brand, exports and procurement. The
/// regional wage follows the wage curve on a wage path, w = wage₀ · (1 + trend)^(t/12) · (u / u_ref)^−ε: a
/// tight labour market or a rising path squeezes margins; low-road firms pay less. A park tenant's premises
/// cost is the park's rent and fee instead of the market rent. Profit (revenue − wages − fixed cost −
/// premises − training − R&amp;D net of subsidy) less profit tax (part forgiven in parks with tax privileges)
/// feeds cash. The wanted size moves with the margin, rounded stochastically so small firms can grow one
/// worker at a time; the target is what cash allows of it (M12).
/// </summary>
[PhaseSummary("field demand, productivity, wage curve, revenue, profit, tax, cash, target size")]
internal sealed class ProduceAndSell : IPhase
{
    public void Run(SimulationState s)
    {
        var firms = s.Firms;
        var p = s.Parameters.Of<MarketParameters>();
        UpdateFieldDemand(s, p);
        Span<double> sums = stackalloc double[2];
        s.Executor.Reduce(firms.Count, new ProductivityBody(firms, p.KnowledgeElasticity, 1 - s.Parameters.Of<KnowledgeParameters>().ObsolescencePerMonth), sums);
        s.Region.MeanProductivity = sums[1] > 0 ? sums[0] / sums[1] : 1;
        int population = s.People.PresentCount;
        int researchers = s.Institutions.TotalResearchers;
        double unemployment = population > 0 ? Math.Max(1 - (sums[1] + researchers) / population, 1e-3) : p.ReferenceUnemployment;
        s.Region.Unemployment = unemployment;
        double wageRise = WagePath.Rise(s);
        s.Region.WageUsdPerMonth = p.WagePerMonth * Math.Exp(wageRise) * Math.Pow(unemployment / p.ReferenceUnemployment, -p.WageCurveElasticity);
        Span<double> forgone = stackalloc double[2];
        s.Executor.Reduce(firms.Count, new SellBody(s, p, s.Region.MeanProductivity, s.Region.WageUsdPerMonth, wageRise), forgone);
        s.Policy.Spend[Policies.Levers.TaxPrivileges.Index] += forgone[0];
        s.Policy.Spend[Policies.Levers.ProcurementProgramme.Index] += forgone[1];
        SummariseFields(s);
    }

    private static void UpdateFieldDemand(SimulationState s, MarketParameters p)
    {
        for (int k = 0; k < s.Region.FieldDemand.Length; k++)
        {
            var rng = s.Random.Stream(Purpose.FieldDemand, s.Tick, EntityKey.Child(s.RegionKey, 0, k));
            s.Region.FieldDemand[k] = p.FieldDemandPersistence * s.Region.FieldDemand[k] + p.FieldDemandSd * rng.NextNormal();
        }
    }

    private readonly struct ProductivityBody(FirmTable firms, double elasticity, double bonusKeep) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                firms.InnovationBonus[f] *= (float)bonusKeep;
                float a = Productivity.Of(firms, f, elasticity);
                firms.Productivity[f] = a;
                sums[0] += (double)a * firms.Employees[f];
                sums[1] += firms.Employees[f];
            }
        }
    }

    // wageRise is ln(w_ref / wage₀) of the wage path, which prices pass on by road.
    private readonly struct SellBody(SimulationState s, MarketParameters p, double meanProductivity, double wage, double wageRise) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> forgone)
        {
            var firms = s.Firms;
            // Bound once per chunk, not per firm.
            var strategy = s.Parameters.Of<StrategyParameters>();
            var exports = s.Parameters.Of<SoftLandingParameters>();
            double obmPremium = s.Parameters.Of<SubcontractingParameters>().ObmPremium;
            double hiringCashMonths = s.Parameters.Of<FinanceParameters>().HiringCashMonths;
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                var rng = s.Random.Stream(Purpose.Market, s.Tick, firms.Key[f]);
                double shock = p.ShockPersistence * firms.DemandShock[f] + p.ShockSd * rng.NextNormal();
                firms.DemandShock[f] = (float)shock;
                int n = firms.Employees[f];
                double revenue = n * p.WagePerMonth * p.Markup * (firms.Productivity[f] / meanProductivity)
                    * Math.Pow(Math.Max(n, p.ReferenceFirmSize) / p.ReferenceFirmSize, -p.SizeElasticityOfPrice) * Math.Exp(s.Region.FieldDemand[firms.Field[f]] + shock);
                int park = firms.Park[f];
                revenue *= ParkTerms.RevenueFactor(s, f) * (firms.Tier[f] == SupplierTier.Obm ? 1 + obmPremium : 1)
                           * (1 + exports.ExportDemand * Exports.ShareOf(firms, exports, f))
                           * Math.Exp(wageRise * (firms.HighRoad[f] ? strategy.HighRoadPassThrough : strategy.LowRoadPassThrough));
                double procurement = Procurement.RevenueFactor(s, f);
                forgone[1] += revenue * (procurement - 1);
                revenue *= procurement;
                double premises = park >= 0 ? ParkTerms.PremisesCostChange(s, park, f) : 0;
                double wageCost = n * wage * (firms.HighRoad[f] ? 1 : 1 - strategy.LowRoadWageDiscount);
                double profit = revenue - wageCost - ParkTerms.FixedCost(s, f) - premises - firms.TrainingCostUsdPerMonth[f]
                    - firms.RdSpendUsdPerMonth[f] * (1 - s.Policy.LevelFor(Policies.Levers.RdSubsidy, firms, f));
                double tax = profit > 0 ? p.ProfitTaxRate * profit : 0;
                if (park >= 0 && tax > 0)
                {
                    double spec = s.Parks.Specs[park].ProductionIncentive;
                    double forgiven = ParkTerms.TaxForgiven(s, park);
                    forgone[0] += tax * (forgiven - Math.Min(spec, forgiven));
                    tax *= 1 - forgiven;
                }
                firms.RevenueUsdPerMonth[f] = (float)revenue;
                firms.ProfitUsdPerMonth[f] = (float)profit;
                firms.CashUsd[f] += profit - tax;
                firms.LossMonths[f] = profit < 0 ? firms.LossMonths[f] + 1 : 0;
                double margin = revenue > 0 ? profit / revenue : -1;
                double target = Math.Max(1.0, n * (1 + p.GrowthResponse * (margin > 0 ? firms.GrowthMultiplier[f] : 1) * margin));
                int whole = (int)target;
                int wanted = whole + (rng.Bernoulli(target - whole) ? 1 : 0);
                // Without finance a firm cannot grow past its cash (M12): each added worker needs months of wages in hand.
                double perHire = hiringCashMonths * wage;
                int affordable = perHire > 0 ? (int)Math.Min(int.MaxValue - n, Math.Max(0, firms.CashUsd[f]) / perHire) : int.MaxValue - n;
                firms.TargetEmployees[f] = Math.Min(wanted, n + affordable);
                firms.WantedEmployees[f] = wanted;
            }
        }
    }

    /// <summary>Per-field mean margin (entry opportunity) and mean knowledge row of the field's firms (what entrants start from).</summary>
    private static void SummariseFields(SimulationState s)
    {
        var firms = s.Firms;
        int fields = firms.Fields, stride = firms.Stride;
        Span<double> profit = stackalloc double[fields];
        Span<double> revenue = stackalloc double[fields];
        Span<int> count = stackalloc int[fields];
        profit.Clear(); revenue.Clear(); count.Clear();
        var knowledge = s.Region.FieldKnowledge;
        Array.Clear(knowledge);
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            int k = firms.Field[f];
            profit[k] += firms.ProfitUsdPerMonth[f];
            revenue[k] += firms.RevenueUsdPerMonth[f];
            var row = firms.KnowledgeOf(f);
            for (int j = 0; j < fields; j++) knowledge[k * stride + j] += row[j];
            count[k]++;
        }
        double normalMargin = 1 - 1 / s.Parameters.Of<MarketParameters>().Markup;
        for (int k = 0; k < fields; k++)
        {
            double margin = revenue[k] > 0 ? profit[k] / revenue[k] : 0;
            s.Region.FieldOpportunity[k] = normalMargin > 0 ? Math.Clamp(margin / normalMargin, 0, s.Parameters.Of<EntryParameters>().OpportunityCap) : 0;
            for (int j = 0; j < fields; j++)
                knowledge[k * stride + j] = count[k] > 0 ? knowledge[k * stride + j] / count[k] : j == k ? s.Scenario.Population.InitialKnowledge : 0;
        }
    }
}
