using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Demand;
using ClusterSim.Engine.Mechanisms.Finance;
using ClusterSim.Engine.Mechanisms.Firms;
using ClusterSim.Engine.Mechanisms.Global;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Mechanisms.Labour;
using ClusterSim.Engine.Mechanisms.Parks;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Market;

/// <summary>
/// The market (brief M12, M13, M14, M19; the Keynes+Schumpeter family of Dosi, Fagiolo and Roventini for market shares
/// that follow competitiveness). Productivity rises with knowledge, past innovations and trained staff,
/// A = (1 + L)^β · (1 + B) · (1 + H), the bonus B eroding with obsolescence. A firm's weight in its markets is
/// e = n · (max(n, n_ref) / n_ref)^−ψ · e^(D_field + d) · (park services, merit, own brand) · A · e^z: its capacity,
/// with its demand shock d, and its competitiveness, with its productivity shock z (both AR(1), idiosyncratic). It sells
/// (1) in the regional market, whose spending is households' consumption_share of last month's wage bill, the
/// autonomous demand (scaled once at the start so the first month sells what the firms produce, then following the
/// outside price level) and firms' payments off their supplier ties. The regional price p per unit of weight clears
/// it against imports, whose share rises with p over the import price (RegionalMarket; the import price follows the
/// competitor's productivity A* and liberalisation, OutsideWorld); a firm sells p · e;
/// (2) on its customers' supplier ties (SupplierTrade);
/// (3) abroad: export_demand × export access × outside demand × e at the competitor's price p*, scaled by
/// (p / p*)^(1 − σ), so a firm that upgrades faster than the outside gains sales, and one that does not loses them.
/// Public procurement adds its share to an innovative SME's regional sales (public spending). Value added = sales −
/// inputs used (input_share of sales, paid the month after); profit = value added − wages − fixed cost − premises − training − R&amp;D net of subsidy, less profit
/// tax (part forgiven in parks with tax privileges), feeds cash. Each firm pays its own wage (FirmWages: the
/// locality's wage curve, rent sharing, the low-road discount, the reservation wage). A park tenant's
/// premises cost is the park's rent and fee instead of the market rent. The wanted size moves with the margin on
/// value added, rounded stochastically so small firms can grow one worker at a time; the target is what cash
/// allows of it (M12).
/// </summary>
[PhaseSummary("field demand, productivity and shocks, outside paths, local wage curves and firm wages, purchases on ties, regional and export sales, value added, profit, tax, cash, target size")]
internal sealed class ProduceAndSell : IPhase
{
    // Sums of the weighing pass, then jobs per locality.
    private const int Employees = 0, Weight = 1, WeightOverCompetitiveness = 2, ExportWeight = 3, LastRevenue = 4, WeighSums = 5;

    // Reused from tick to tick.
    private double[] _sums = [];

    public void Run(SimulationState s)
    {
        var firms = s.Firms;
        var p = s.Parameters.Of<MarketParameters>();
        UpdateFieldDemand(s, p);
        int localities = s.Region.LocalityWage.Length;
        if (_sums.Length != WeighSums + localities) _sums = new double[WeighSums + localities];
        var sums = _sums.AsSpan();
        s.Executor.Reduce(firms.Count, new WeighBody(s, p), sums);
        var jobs = sums.Slice(WeighSums, localities);
        var institutions = s.Institutions;
        for (int i = 0; i < institutions.Count; i++) jobs[institutions.Locality[i]] += institutions.Researchers[i];
        int population = s.People.PresentCount;
        double unemployment = population > 0 ? Math.Max(1 - (sums[Employees] + institutions.TotalResearchers) / population, 1e-3) : p.ReferenceUnemployment;
        s.Region.Unemployment = unemployment;

        double competitiveness = sums[WeightOverCompetitiveness] > 0 ? sums[Weight] / sums[WeightOverCompetitiveness] : 1;
        if (double.IsNaN(s.Region.ExternalProductivityAtStart))
            s.Region.ExternalProductivityAtStart = OutsideWorld.CompetitorAtStart(p, competitiveness, s.Tick);
        var outside = OutsideWorld.At(s, s.Region.ExternalProductivityAtStart);
        s.Region.OutsidePriceLevel = outside.PriceLevel;
        s.Region.OutsideDemand = outside.Demand;
        s.Region.ImportPrice = outside.ImportPrice;
        s.Region.ExternalProductivity = outside.CompetitorProductivity;
        SetWageLevels(s, p, outside.PriceLevel, jobs);
        var (wageBill, paid) = FirmWages.Pay(s, outside.PriceLevel);
        s.Region.WageUsdPerMonth = paid > 0 ? wageBill / paid : s.Region.LocalityWage[0];
        var (onTies, offTies) = SupplierTrade.Buy(s, p);

        // Prices per unit of market weight: the competitor's abroad, imports' at home, and the region's, which clears its market.
        double competitorPrice = outside.CompetitorPrice(p), importPrice = competitorPrice * outside.ImportPrice, sigma = p.TradeElasticity;
        double exportDemand = s.Parameters.Of<SoftLandingParameters>().ExportDemand * outside.Demand;
        double ExportsPerWeight(double price) => exportDemand * competitorPrice * Math.Pow(price / competitorPrice, 1 - sigma);
        if (double.IsNaN(s.Region.AutonomousDemandUsd))
            Balance(s, p, sums, wageBill, onTies, offTies, importPrice, exportDemand * Math.Pow(competitorPrice, sigma) * sums[ExportWeight]);
        // Households spend last month's wage bill; in the first month, the wage bill now.
        double lastWageBill = s.Region.WageBillUsd > 0 ? s.Region.WageBillUsd : wageBill;
        double spending = p.ConsumptionShare * lastWageBill + s.Region.AutonomousDemandUsd * outside.PriceLevel + offTies;
        double regionalPrice = RegionalMarket.Price(sums[Weight], spending, importPrice, s.Region.ImportWeight, sigma);
        s.Region.MarketSpendingUsd = spending;
        s.Region.ImportShare = RegionalMarket.ImportShare(regionalPrice, importPrice, s.Region.ImportWeight, sigma);

        Span<double> flows = stackalloc double[SellSums];
        s.Executor.Reduce(firms.Count, new SellBody(s, p, regionalPrice, ExportsPerWeight(regionalPrice)), flows);
        s.Policy.Spend[Policies.Levers.TaxPrivileges.Index] += flows[TaxForgone];
        s.Policy.Spend[Policies.Levers.ProcurementProgramme.Index] += flows[ProcurementSales];
        s.Region.WageBillUsd = flows[WagesPaid];
        SummariseFields(s);
    }

    /// <summary>
    /// The starting balance, at the first market phase: the regional price at which the generated region sells what it
    /// sold the month before (the generator's sales, less its tie sales) at home and abroad; the import weight that puts
    /// the import share at import_share at that price; and the autonomous demand that, with households' spending and
    /// purchases off ties, buys the rest (at price level 1, never below 0).
    /// </summary>
    private static void Balance(SimulationState s, MarketParameters p, ReadOnlySpan<double> sums, double wageBill, double onTies, double offTies, double importPrice, double exportScale)
    {
        double price = RegionalMarket.StartingPrice(sums[Weight], sums[LastRevenue] - onTies, exportScale, p.TradeElasticity);
        double share = p.ImportShare;
        s.Region.ImportWeight = price > 0 ? share / (1 - share) * Math.Pow(importPrice / price, p.TradeElasticity - 1) : share / (1 - share);
        double spending = price * sums[Weight] / (1 - share);
        s.Region.AutonomousDemandUsd = Math.Max(0, spending - p.ConsumptionShare * wageBill - offTies) / s.Region.OutsidePriceLevel;
    }

    /// <summary>Each locality's unemployment and wage level, the outside wage and the reservation wage this month (FirmWages).</summary>
    private static void SetWageLevels(SimulationState s, MarketParameters p, double priceLevel, ReadOnlySpan<double> jobs)
    {
        var living = s.People.PresentByLocality;
        for (int l = 0; l < jobs.Length; l++)
        {
            double u = FirmWages.LocalityUnemployment(p, jobs[l], l < living.Length ? living[l] : 0);
            s.Region.LocalityUnemployment[l] = u;
            s.Region.LocalityWage[l] = FirmWages.LocalityLevel(p, FirmWages.LevelOf(s.Scenario.Region, l), u, priceLevel);
        }
        s.Region.OutsideWageUsdPerMonth = FirmWages.Outside(s);
        s.Region.ReservationWageUsdPerMonth = FirmWages.Reservation(s);
    }

    private static void UpdateFieldDemand(SimulationState s, MarketParameters p)
    {
        for (int k = 0; k < s.Region.FieldDemand.Length; k++)
        {
            var rng = s.Random.Stream(Purpose.FieldDemand, s.Tick, EntityKey.Child(s.RegionKey, 0, k));
            s.Region.FieldDemand[k] = p.FieldDemandPersistence * s.Region.FieldDemand[k] + p.FieldDemandSd * rng.NextNormal();
        }
    }

    /// <summary>Productivity, demand shock and market weight of each firm, and the sums the markets need.</summary>
    private readonly struct WeighBody(SimulationState s, MarketParameters p) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            var firms = s.Firms;
            double bonusKeep = 1 - s.Parameters.Of<KnowledgeParameters>().ObsolescencePerMonth;
            var exports = s.Parameters.Of<SoftLandingParameters>();
            double obmPremium = s.Parameters.Of<SubcontractingParameters>().ObmPremium;
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                firms.InnovationBonus[f] *= (float)bonusKeep;
                var rng = s.Random.Stream(Purpose.Market, s.Tick, firms.Key[f]);
                double shock = p.ShockPersistence * firms.DemandShock[f] + p.ShockSd * rng.NextNormal();
                firms.DemandShock[f] = (float)shock;
                firms.ProductivityShock[f] = (float)(p.ProductivityShockPersistence * firms.ProductivityShock[f] + p.ProductivityShockSd * rng.NextNormal());
                float a = Productivity.Of(firms, f, p.KnowledgeElasticity);
                firms.Productivity[f] = a;
                int n = firms.Employees[f];
                double capacity = n * Math.Pow(Math.Max(n, p.ReferenceFirmSize) / p.ReferenceFirmSize, -p.SizeElasticityOfPrice)
                    * Math.Exp(s.Region.FieldDemand[firms.Field[f]] + shock)
                    * ParkTerms.RevenueFactor(s, f) * (firms.Tier[f] == SupplierTier.Obm ? 1 + obmPremium : 1);
                double weight = capacity * a;
                firms.SalesWeight[f] = (float)weight;
                sums[Employees] += n;
                sums[Weight] += weight;
                sums[WeightOverCompetitiveness] += capacity;
                sums[ExportWeight] += weight * Exports.ShareOf(firms, exports, f);
                sums[LastRevenue] += firms.RevenueUsdPerMonth[f];
                sums[WeighSums + firms.Locality[f]] += n;
            }
        }
    }

    // Sums of the selling pass.
    private const int TaxForgone = 0, ProcurementSales = 1, WagesPaid = 2, SellSums = 3;

    private readonly struct SellBody(SimulationState s, MarketParameters p, double regionalPerWeight, double exportPerWeight) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> flows)
        {
            var firms = s.Firms;
            // Bound once per chunk, not per firm.
            var exports = s.Parameters.Of<SoftLandingParameters>();
            double hiringCashMonths = s.Parameters.Of<FinanceParameters>().HiringCashMonths;
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                double weight = firms.SalesWeight[f];
                double regional = regionalPerWeight * weight;
                double procurement = regional * (Procurement.RevenueFactor(s, f) - 1);
                double exported = exportPerWeight * weight * Exports.ShareOf(firms, exports, f);
                double revenue = regional + procurement + firms.TieSalesUsdPerMonth[f] + exported;
                flows[ProcurementSales] += procurement;
                int n = firms.Employees[f];
                int park = firms.Park[f];
                double premises = park >= 0 ? ParkTerms.PremisesCostChange(s, park, f) : 0;
                double wage = firms.Wage[f];
                double wageCost = n * wage;
                flows[WagesPaid] += wageCost;
                double inputs = p.InputShare * revenue;
                firms.PurchasesUsdPerMonth[f] = (float)inputs; // paid next month (SupplierTrade)
                double valueAdded = revenue - inputs;
                double profit = valueAdded - wageCost - ParkTerms.FixedCost(s, f) - premises - firms.TrainingCostUsdPerMonth[f]
                    - firms.RdSpendUsdPerMonth[f] * (1 - s.Policy.LevelFor(Policies.Levers.RdSubsidy, firms, f));
                double tax = profit > 0 ? p.ProfitTaxRate * profit : 0;
                if (park >= 0 && tax > 0)
                {
                    double spec = s.Parks.Specs[park].ProductionIncentive;
                    double forgiven = ParkTerms.TaxForgiven(s, park);
                    flows[TaxForgone] += tax * (forgiven - Math.Min(spec, forgiven));
                    tax *= 1 - forgiven;
                }
                firms.RevenueUsdPerMonth[f] = (float)revenue;
                firms.ExportsUsdPerMonth[f] = (float)exported;
                firms.ProfitUsdPerMonth[f] = (float)profit;
                firms.CashUsd[f] += profit - tax;
                double margin = firms.Margin(f);
                double target = Math.Max(1.0, n * (1 + p.GrowthResponse * (margin > 0 ? firms.GrowthMultiplier[f] : 1) * margin));
                int whole = (int)target;
                var rng = s.Random.Stream(Purpose.MarketGrowth, s.Tick, firms.Key[f]);
                int wanted = whole + (rng.Bernoulli(target - whole) ? 1 : 0);
                // Without finance a firm cannot grow past its cash (M12): each added worker needs months of wages in hand.
                double perHire = hiringCashMonths * wage;
                int affordable = perHire > 0 ? (int)Math.Min(int.MaxValue - n, Math.Max(0, firms.CashUsd[f]) / perHire) : int.MaxValue - n;
                firms.TargetEmployees[f] = Math.Min(wanted, n + affordable);
                firms.WantedEmployees[f] = wanted;
            }
        }
    }

    /// <summary>Per-field mean margin on value added (entry opportunity) and mean knowledge row of the field's firms (what entrants start from).</summary>
    private static void SummariseFields(SimulationState s)
    {
        var firms = s.Firms;
        int fields = firms.Fields, stride = firms.Stride;
        Span<double> profit = stackalloc double[fields];
        Span<double> revenue = stackalloc double[fields]; // value added
        Span<int> count = stackalloc int[fields];
        profit.Clear(); revenue.Clear(); count.Clear();
        var knowledge = s.Region.FieldKnowledge;
        Array.Clear(knowledge);
        for (int f = 0; f < firms.Count; f++)
        {
            if (!firms.Alive[f]) continue;
            int k = firms.Field[f];
            profit[k] += firms.ProfitUsdPerMonth[f];
            revenue[k] += firms.ValueAddedUsdPerMonth(f);
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
