using ClusterSim.Engine.Core;
using ClusterSim.Engine.Mechanisms.Incubation;
using ClusterSim.Engine.Mechanisms.Market;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Parks;

/// <summary>
/// What a park gives and asks of its tenants: admission, premises cost, the uplift of its services, the mentoring that lowers an incubatee's fixed cost and the tax it forgives (M9, M11, M23). Read by the market, admission, incubation, soft landing and location choice.
/// </summary>
internal static class ParkTerms
{
    /// <summary>Makes firm <paramref name="f"/> a tenant of <paramref name="park"/> from this tick; it pays rent from the next.</summary>
    public static void Admit(SimulationState s, int f, int park)
    {
        s.Firms.Park[f] = park;
        s.Firms.ParkEntryTick[f] = s.Tick;
        s.Parks.Tenants[park]++;
        s.Parks.Admitted[park]++;
    }

    /// <summary>What tenant <paramref name="f"/> pays for premises and services, net of the rent subsidy and any rent-free months, less the market rent it no longer pays.</summary>
    public static double PremisesCostChange(SimulationState s, int park, int f)
    {
        var spec = s.Parks.Specs[park];
        double rent = RentCharged(s, park, f) * (1 - s.Policy.LevelFor(Levers.RentSubsidy, TargetScope.Park, park));
        return rent + spec.ServiceFeeUsdPerMonth - spec.MarketRentUsdPerMonth;
    }

    /// <summary>
    /// The rent park <paramref name="park"/> charges tenant <paramref name="f"/> this month: none in a soft-landing
    /// firm's rent-free months (nobody pays it then, so it is neither the park's income nor the state's spending),
    /// else the park's rent, of which the tenant pays its share and the rent_subsidy lever the rest.
    /// </summary>
    public static double RentCharged(SimulationState s, int park, int f) =>
        s.Tick <= s.Firms.FreeRentUntilTick[f] ? 0 : s.Parks.Specs[park].RentUsdPerMonth;

    /// <summary>Revenue uplift from a park's services to firm <paramref name="f"/>: full for tenants, a share during aftercare, with the merit of incubated firms.</summary>
    public static double RevenueFactor(SimulationState s, int f)
    {
        var firms = s.Firms;
        double factor = 1 + s.Parameters.Of<IncubationParameters>().MeritEffect * (firms.Merit[f] - 0.5);
        if (firms.Park[f] >= 0) return factor * (1 + ServiceUplift(s, firms.Park[f]));
        if (firms.AftercarePark[f] >= 0 && s.Tick < firms.AftercareUntilTick[f] && !s.Parks.Closed[firms.AftercarePark[f]])
            return factor * (1 + s.Parameters.Of<IncubationParameters>().AftercareShare * ServiceUplift(s, firms.AftercarePark[f]));
        return factor;
    }

    /// <summary>Fixed cost after mentoring and easy-in space for an incubatee.</summary>
    public static double FixedCost(SimulationState s, int f)
    {
        double fixedCost = s.Parameters.Of<MarketParameters>().FixedCostPerMonth;
        int park = s.Firms.Park[f];
        return park >= 0 && s.Parks.Specs[park].Model == ParkModel.BicIncubator ? fixedCost * (1 - s.Parameters.Of<IncubationParameters>().MentoringCostReduction) : fixedCost;
    }

    /// <summary>Revenue uplift from the park's services: effect × management quality × service quality (M11, M23).</summary>
    public static double ServiceUplift(SimulationState s, int park)
    {
        var spec = s.Parks.Specs[park];
        double quality = spec.Services == ParkServices.Partners ? spec.PartnerQuality : s.Parameters.Of<ParkParameters>().InHouseServiceQuality;
        return s.Parameters.Of<ParkParameters>().ServiceEffect * spec.ManagementQuality * quality;
    }

    /// <summary>Share of profit tax a tenant of <paramref name="park"/> is forgiven: production incentive plus the tax_privileges lever.</summary>
    public static double TaxForgiven(SimulationState s, int park) =>
        Math.Min(1, s.Parks.Specs[park].ProductionIncentive + s.Policy.LevelFor(Levers.TaxPrivileges, TargetScope.Park, park));

    /// <summary>The admission threshold, relaxed by the shortfall against the self-funding target.</summary>
    public static double Threshold(SimulationState s, int park)
    {
        double target = s.Parks.Specs[park].SelfFundingTarget;
        double pressure = target > 0 ? Math.Clamp((target - s.Parks.SelfFunding[park]) / target, 0, 1) : 0;
        return s.Parameters.Of<ParkParameters>().AdmissionThreshold * (1 - pressure);
    }
}
