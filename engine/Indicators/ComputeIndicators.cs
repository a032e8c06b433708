using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.State;
using static ClusterSim.Engine.Indicators.IndicatorCatalog;

namespace ClusterSim.Engine.Indicators;

/// <summary>
/// After the last phase of a tick: one chunked reduction over firms for the stocks, plus the tick's flow
/// counters, into a row of <see cref="IndicatorCatalog"/> values.
/// </summary>
public static class ComputeIndicators
{
    private const int Sums = 7 + 5 + 5 + 2;

    public static double[] Compute(SimulationState s)
    {
        Span<double> sums = stackalloc double[Sums];
        s.Executor.Reduce(s.Firms.Count, new Body(s), sums);
        double alive = sums[0], firmEmployment = sums[1];
        int researchers = s.Institutions.TotalResearchers;
        double employed = firmEmployment + researchers, population = s.People.PresentCount;
        var c = s.Counters;
        var parks = s.Parks;
        var v = new double[All.Count + ParkColumns.Length * parks.Count];
        v[FirmsAlive] = alive;
        v[FirmBirths] = c.Births;
        v[FirmDeaths] = c.Deaths;
        v[Employment] = employed;
        v[Population] = population;
        v[UnemploymentRate] = population > 0 ? 1 - employed / population : 0;
        v[MeanFirmSize] = alive > 0 ? firmEmployment / alive : 0;
        v[KnowledgeMean] = alive > 0 ? sums[2] / alive : 0;
        v[ProductivityMean] = firmEmployment > 0 ? sums[3] / firmEmployment : 0;
        v[RdSpend] = c.RdSpendUsd;
        v[KnowledgeTransferred] = c.KnowledgeTransferred;
        v[Hires] = c.Hires;
        v[Separations] = c.Separations;
        double publicSpend = 0;
        foreach (var lever in Policies.Levers.All)
        {
            v[PublicSpendColumn(lever)] = s.Policy.Spend[lever.Index];
            publicSpend += s.Policy.Spend[lever.Index];
        }
        v[PublicSpendTotal] = publicSpend;
        v[Wage] = s.WageUsdPerMonth;
        v[KnowledgeP90] = s.KnowledgeP90 = KnowledgeDistribution.Percentile90(s);
        v[InnovationsTotal] = c.Innovations.Total;
        v[InnovationsOriginal] = c.Innovations.Original;
        v[InnovationsAdapted] = c.Innovations.Adapted;
        v[InnovationsAdopted] = c.Innovations.Adopted;
        v[InnovationsProduct] = c.InnovationsProduct;
        v[InnovationsProcess] = c.InnovationsProcess;
        for (int k = 0; k < FirmTable.Channels; k++) v[InnovationsFromFirst + k] = c.Innovations.ByChannel[k];
        v[SpinoffsUniversity] = c.SpinoffsUniversity;
        v[SpinoffsResearchInstitute] = c.SpinoffsResearchInstitute;
        v[SpinoffsCorporate] = c.SpinoffsCorporate;
        v[SpinoffsSme] = c.SpinoffsSme;
        v[JobToJobMoves] = c.JobToJobMoves;
        v[Graduates] = c.Graduates;
        v[GraduatesHired] = c.GraduatesHired;
        v[Retirements] = c.Retirements;
        v[MigrantsIn] = c.MigrantsIn;
        v[MigrantsOut] = c.MigrantsOut;
        v[TiesCollaboration] = sums[7 + (int)TieLayer.Collaboration];
        v[TiesSupplier] = sums[7 + (int)TieLayer.Supplier];
        v[TiesCustomer] = sums[7 + (int)TieLayer.Customer];
        v[TiesParent] = sums[7 + (int)TieLayer.Parent];
        v[TiesExternal] = sums[7 + (int)TieLayer.External];
        v[TiesInstitution] = sums[4];
        v[RdPerformersShare] = alive > 0 ? sums[5] / alive : 0;
        v[InnovativeFirmsShare] = alive > 0 ? sums[6] / alive : 0;
        v[TrainingSpend] = c.TrainingSpendUsd;
        v[Researchers] = researchers;
        v[EventsHeld] = c.EventsHeld;
        v[SeedInvestments] = c.SeedInvestments;
        v[VcInvestments] = c.VcInvestments;
        v[BankLoans] = c.BankLoans;
        v[FinancePlaced] = c.FinancePlacedUsd;
        for (int m = 0; m < 3; m++) v[TechnologyImportsFirst + m] = c.TechnologyImports[m];
        v[SuppliersOem] = sums[12 + (int)SupplierTier.Oem];
        v[SuppliersOdm] = sums[12 + (int)SupplierTier.Odm];
        v[SuppliersObm] = sums[12 + (int)SupplierTier.Obm];
        v[TncTransfer] = c.TncTransfer;
        v[Acquisitions] = c.Acquisitions;
        v[Relocations] = c.Relocations;
        v[SoftLandingEntrants] = c.SoftLandingEntrants;
        v[FirmsSentAbroad] = c.FirmsSentAbroad;
        v[FirmsEmigrated] = c.FirmsEmigrated;
        v[DemandForServices] = c.DemandForServices;
        v[AffiliatesAttracted] = c.AffiliatesAttracted;
        v[ExportsShare] = sums[17] > 0 ? sums[18] / sums[17] : 0;
        for (int k = 0; k < parks.Count; k++)
        {
            if (parks.Specs[k].Model != Scenarios.ParkModel.BicIncubator) continue;
            v[Incubatees] += parks.Tenants[k];
            v[IncubatorGraduates] += parks.Graduates[k];
        }
        for (int k = 0; k < parks.Count; k++)
        {
            int at = All.Count + ParkColumns.Length * k;
            int capacity = parks.Specs[k].CapacityFirms;
            v[at] = capacity > 0 ? parks.Tenants[k] / (double)capacity : 0;
            v[at + 1] = parks.SelfFunding[k];
            v[at + 2] = parks.Tenants[k];
            v[at + 3] = parks.Applicants[k];
            v[at + 4] = parks.ResultUsd[k];
            v[at + 5] = parks.CapitalGrantsUsd[k];
        }
        return v;
    }

    private readonly struct Body(SimulationState s) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            var firms = s.Firms;
            int tick = s.Tick;
            int slots = firms.TieSlots;
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                int n = firms.Employees[f];
                sums[0] += 1;
                sums[1] += n;
                sums[2] += firms.KnowledgeLevel[f];
                sums[3] += (double)firms.Productivity[f] * n;
                if (firms.InstitutionTie[f] >= 0) sums[4] += 1;
                if (firms.RdPerformer[f]) sums[5] += 1;
                if (firms.LastInnovationTick[f] >= 0 && tick - firms.LastInnovationTick[f] < 12) sums[6] += 1;
                sums[12 + (int)firms.Tier[f]] += 1;
                sums[17] += firms.RevenueUsdPerMonth[f];
                sums[18] += firms.RevenueUsdPerMonth[f] * Mechanisms.Global.SoftLanding.ExportShare(s, f);
                for (int j = f * slots; j < (f + 1) * slots; j++)
                {
                    int partner = firms.TieTarget[j];
                    if (partner == FirmTable.ExternalPartner || (partner >= 0 && firms.Alive[partner])) sums[7 + (int)firms.TieKind[j]] += 1;
                }
            }
        }
    }
}
