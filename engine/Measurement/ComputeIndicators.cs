using ClusterSim.Engine.Core;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.State;
using static ClusterSim.Engine.Indicators.IndicatorCatalog;

namespace ClusterSim.Engine.Measurement;

/// <summary>
/// After the last phase of a tick, reading only: the stocks from <see cref="FirmSums"/> over the region and from
/// the tables, the flows the phases counted, the public spending booked on the levers, into a row of
/// <see cref="IndicatorCatalog"/> values followed by the <see cref="ParkIndicators"/> of each park.
/// </summary>
internal static class ComputeIndicators
{
    public static double[] Compute(SimulationState s)
    {
        var x = (ReadOnlySpan<double>)FirmSums.Reduce(s, 1, new Region());
        double alive = x[FirmSums.Alive], firmEmployment = x[FirmSums.Employees];
        int researchers = s.Institutions.TotalResearchers;
        double employed = firmEmployment + researchers, population = s.People.PresentCount;
        var parks = s.Parks;
        var v = new double[All.Count + ParkIndicators.All.Count * parks.Count];
        foreach (var d in All)
            if (d.Kind == IndicatorKind.Flow) v[d.Index] = s.Flows[d];
        double publicSpend = 0;
        foreach (var lever in Levers.All)
        {
            v[PublicSpend(lever).Index] = s.Policy.Spend[lever.Index];
            publicSpend += s.Policy.Spend[lever.Index];
        }
        v[PublicSpendTotal.Index] = publicSpend;

        v[FirmsAlive.Index] = alive;
        v[Employment.Index] = employed;
        v[Population.Index] = population;
        v[UnemploymentRate.Index] = population > 0 ? 1 - employed / population : 0;
        v[MeanFirmSize.Index] = FirmSums.MeanFirmSize(x);
        v[KnowledgeMean.Index] = FirmSums.KnowledgeMean(x);
        v[ProductivityMean.Index] = FirmSums.ProductivityMean(x);
        v[Wage.Index] = FirmSums.MeanWage(x);
        v[IndicatorCatalog.WageDispersion.Index] = FirmSums.WageDispersion(x);
        v[IndicatorCatalog.OutsideWage.Index] = s.Region.OutsideWageUsdPerMonth;
        v[IndicatorCatalog.ReservationWage.Index] = s.Region.ReservationWageUsdPerMonth;
        v[IndicatorCatalog.KnowledgeP90.Index] = s.Region.KnowledgeP90;
        v[TiesCollaboration.Index] = x[FirmSums.TiesFirst + (int)TieLayer.Collaboration];
        v[TiesSupplier.Index] = x[FirmSums.TiesFirst + (int)TieLayer.Supplier];
        v[TiesCustomer.Index] = x[FirmSums.TiesFirst + (int)TieLayer.Customer];
        v[TiesParent.Index] = x[FirmSums.TiesFirst + (int)TieLayer.Parent];
        v[TiesExternal.Index] = x[FirmSums.TiesFirst + (int)TieLayer.External];
        v[TiesInstitution.Index] = x[FirmSums.InstitutionTies];
        v[RdPerformersShare.Index] = FirmSums.ShareOfAlive(x, FirmSums.RdPerformers);
        v[InnovativeFirmsShare.Index] = FirmSums.ShareOfAlive(x, FirmSums.Innovative);
        v[Researchers.Index] = researchers;
        v[SuppliersOem.Index] = x[FirmSums.TiersFirst + (int)SupplierTier.Oem];
        v[SuppliersOdm.Index] = x[FirmSums.TiersFirst + (int)SupplierTier.Odm];
        v[SuppliersObm.Index] = x[FirmSums.TiersFirst + (int)SupplierTier.Obm];
        v[ExportsShare.Index] = FirmSums.ExportsShare(x);
        v[IndicatorCatalog.EmployerChangeShare.Index] = s.Region.EmployerChangeShare;
        v[IndicatorCatalog.Revenue.Index] = x[FirmSums.Revenue];
        v[IndicatorCatalog.ValueAdded.Index] = x[FirmSums.ValueAdded];
        v[ValueAddedPerWorker.Index] = FirmSums.ValueAddedPerWorker(x);
        v[IndicatorCatalog.Exports.Index] = x[FirmSums.Exports];
        double imports = s.Region.ImportShare * s.Region.MarketSpendingUsd, purchases = s.Region.MarketSpendingUsd + x[FirmSums.TiePurchases];
        v[Imports.Index] = imports;
        v[IndicatorCatalog.ImportShare.Index] = purchases > 0 ? imports / purchases : 0;
        v[IndicatorCatalog.ExternalProductivity.Index] = s.Region.ExternalProductivity;
        v[IndicatorCatalog.OutsideDemand.Index] = s.Region.OutsideDemand;
        v[IndicatorCatalog.ImportPrice.Index] = s.Region.ImportPrice;
        for (int k = 0; k < parks.Count; k++)
        {
            if (parks.Specs[k].Model != Scenarios.ParkModel.BicIncubator) continue;
            v[Incubatees.Index] += parks.Tenants[k];
            v[IncubatorGraduates.Index] += parks.Graduates[k];
        }
        for (int k = 0; k < parks.Count; k++)
        {
            int at = All.Count + ParkIndicators.All.Count * k;
            int capacity = parks.Specs[k].CapacityFirms;
            v[at] = capacity > 0 ? parks.Tenants[k] / (double)capacity : 0;
            v[at + 1] = parks.SelfFunding[k];
            v[at + 2] = parks.Tenants[k];
            v[at + 3] = parks.Applicants[k];
            v[at + 4] = parks.ResultUsd[k];
            v[at + 5] = parks.CapitalGrantsUsd[k];
            v[at + 6] = parks.ReserveUsd[k];
            v[at + 7] = parks.Closed[k] ? 0 : 1;
        }
        return v;
    }

    private readonly struct Region : IFirmGroup
    {
        public int Of(FirmTable firms, int f) => 0;
    }
}
