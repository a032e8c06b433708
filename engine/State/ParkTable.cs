using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.State;

/// <summary>
/// Technoparks and incubators as columns (brief §1.5, M9, M17, M23): physical capacity, released land and
/// power, tenants, visibility, and the monthly profit-and-loss account.
/// </summary>
internal sealed class ParkTable
{
    public ParkTable(IReadOnlyList<ParkSpec> specs, IReadOnlyList<KnowledgeInstitutionSpec> institutions)
    {
        Count = specs.Count;
        Specs = specs;
        Key = new ulong[Count];
        HostInstitution = new int[Count];
        LandReleasedPlots = new double[Count];
        PowerMw = new double[Count];
        Tenants = new int[Count];
        Applicants = new int[Count];
        Admitted = new int[Count];
        Graduates = new int[Count];
        EventsHeld = new int[Count];
        InnovativeTenants = new int[Count];
        Visibility = new double[Count];
        IncomeUsd = new double[Count];
        CostUsd = new double[Count];
        SelfFunding = new double[Count];
        CapitalGrantsUsd = new double[Count];
        ResultUsd = new double[Count];
        ExtraIncubationSlots = new int[Count];
        ReserveUsd = new double[Count];
        Closed = new bool[Count];
        Attraction = new double[Count];
        Array.Fill(Attraction, 1.0);
        for (int i = 0; i < Count; i++)
        {
            Key[i] = EntityKey.Initial(EntityKey.Table.Park, i);
            HostInstitution[i] = institutions.Select(x => x.Name).ToList().IndexOf(specs[i].HostInstitution);
            LandReleasedPlots[i] = specs[i].Model == ParkModel.LandZone ? specs[i].LandReleasedPlots : specs[i].CapacityFirms;
            PowerMw[i] = specs[i].PowerCapacityMw;
            Visibility[i] = specs[i].ManagementQuality;
            ReserveUsd[i] = specs[i].OpeningReserveMonths * specs[i].OperatingCostUsdPerMonth;
        }
    }

    public int Count { get; }
    /// <summary>The scenario's description of each park: model, prices, targets, quality.</summary>
    public IReadOnlyList<ParkSpec> Specs { get; }
    public readonly ulong[] Key;
    /// <summary>Row of the hosting institution of a campus park, or −1.</summary>
    public readonly int[] HostInstitution;
    public readonly double[] LandReleasedPlots;
    public readonly double[] PowerMw;
    /// <summary>How strongly the park draws firms (1 = neutral), set by the rate_parks phase; 1 with location_choice off.</summary>
    public readonly double[] Attraction;
    public readonly int[] Tenants;
    public readonly int[] Applicants;
    /// <summary>Tenants admitted this tick; they pay rent from the next month.</summary>
    public readonly int[] Admitted;
    /// <summary>Incubatees that graduated this tick.</summary>
    public readonly int[] Graduates;
    public readonly int[] EventsHeld;
    /// <summary>Tenants with an innovation in the last 12 months.</summary>
    public readonly int[] InnovativeTenants;
    /// <summary>How well known the park is; raises applications and (later) idea inflow (M10).</summary>
    public readonly double[] Visibility;
    public readonly double[] IncomeUsd;
    public readonly double[] CostUsd;
    /// <summary>(Rent + fees + licensing income) / operating cost, this month.</summary>
    public readonly double[] SelfFunding;
    /// <summary>Capital grants this month: land released and power added by levers.</summary>
    public readonly double[] CapitalGrantsUsd;
    /// <summary>The month's result: income + operating subsidy − cost − seed money paid (capital grants are spent on the assets they pay for).</summary>
    public readonly double[] ResultUsd;

    /// <summary>The park's reserve: its opening reserve plus every month's result since (ParkAccount).</summary>
    public readonly double[] ReserveUsd;
    /// <summary>A park whose reserve ran out has closed: it holds no tenants, books nothing and admits no one.</summary>
    public readonly bool[] Closed;

    /// <summary>Incubation slots of a bic_incubator beyond those of its scenario (the incubator_capacity lever).</summary>
    public readonly int[] ExtraIncubationSlots;

    /// <summary>Tenants the park can hold now: its slots, the released land, the power supply and, for an incubator, its incubation slots, whichever binds.</summary>
    public int AvailableSlots(int park)
    {
        if (Closed[park]) return 0;
        var spec = Specs[park];
        long perTenant = Watts(spec.PowerPerTenantMw);
        double byPower = perTenant > 0 ? Watts(PowerMw[park]) / perTenant : double.MaxValue;
        double slots = Math.Min(spec.CapacityFirms, Math.Min(Math.Floor(LandReleasedPlots[park]), byPower));
        if (spec.Model == ParkModel.BicIncubator)
            slots = Math.Min(spec.CapacityFirms + ExtraIncubationSlots[park], spec.IncubationSlots + ExtraIncubationSlots[park]);
        return (int)Math.Max(0, slots);
    }

    /// <summary>
    /// Power in whole watts, so the power cap divides whole numbers: 1.2 MW at 0.1 MW a tenant is 12 tenants, where
    /// floor(1.2 / 0.1) in floating point is floor(11.999…) = 11.
    /// </summary>
    private static long Watts(double mw) => (long)Math.Round(mw * 1e6);
}
