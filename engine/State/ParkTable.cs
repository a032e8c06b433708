using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.State;

/// <summary>Technoparks and incubators as columns.</summary>
public sealed class ParkTable
{
    public ParkTable(IReadOnlyList<ParkSpec> specs)
    {
        Count = specs.Count;
        Key = new ulong[Count];
        Model = new ParkModel[Count];
        Locality = new int[Count];
        CapacityFirms = new int[Count];
        Tenants = new int[Count];
        for (int i = 0; i < Count; i++)
        {
            Key[i] = Randomness.EntityKey.Initial(Randomness.EntityKey.Table.Park, i);
            Model[i] = specs[i].Model;
            Locality[i] = specs[i].Locality;
            CapacityFirms[i] = specs[i].CapacityFirms;
        }
    }

    public int Count { get; }
    public readonly ulong[] Key;
    public readonly ParkModel[] Model;
    public readonly int[] Locality;
    public readonly int[] CapacityFirms;
    public readonly int[] Tenants;
}
