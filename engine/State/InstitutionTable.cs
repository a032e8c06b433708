using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.State;

/// <summary>Universities and public research institutes as columns, with a knowledge vector each.</summary>
public sealed class InstitutionTable
{
    public InstitutionTable(IReadOnlyList<KnowledgeInstitutionSpec> specs, int stride)
    {
        Count = specs.Count;
        Stride = stride;
        Key = new ulong[Count];
        Kind = new InstitutionKind[Count];
        Liaison = new LiaisonMode[Count];
        Locality = new int[Count];
        Researchers = new int[Count];
        Knowledge = new float[Count * stride];
        for (int i = 0; i < Count; i++)
        {
            Key[i] = Randomness.EntityKey.Initial(Randomness.EntityKey.Table.Institution, i);
            Kind[i] = specs[i].Kind;
            Liaison[i] = specs[i].Liaison;
            Locality[i] = specs[i].Locality;
            Researchers[i] = specs[i].Researchers;
        }
    }

    public int Count { get; }
    public int Stride { get; }
    public readonly ulong[] Key;
    public readonly InstitutionKind[] Kind;
    public readonly LiaisonMode[] Liaison;
    public readonly int[] Locality;
    public readonly int[] Researchers;
    public readonly float[] Knowledge;
}
