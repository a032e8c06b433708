using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.State;

/// <summary>Universities and public research institutes as columns, with a knowledge vector each (brief §1.4).</summary>
internal sealed class InstitutionTable
{
    public InstitutionTable(IReadOnlyList<KnowledgeInstitutionSpec> specs, int stride)
    {
        Count = specs.Count;
        Stride = stride;
        Key = new ulong[Count];
        Kind = new InstitutionKind[Count];
        Liaison = new LiaisonMode[Count];
        Locality = new int[Count];
        ResearcherPosts = new int[Count];
        Researchers = new int[Count];
        GraduatesPerYear = new int[Count];
        ResearchBudgetUsdPerYear = new double[Count];
        DesignShare = new double[Count];
        FieldFocus = new float[Count * stride];
        Knowledge = new float[Count * stride];
        for (int i = 0; i < Count; i++)
        {
            Key[i] = EntityKey.Initial(EntityKey.Table.Institution, i);
            Kind[i] = specs[i].Kind;
            Liaison[i] = specs[i].Liaison;
            Locality[i] = specs[i].Locality;
            ResearcherPosts[i] = specs[i].Researchers;
            GraduatesPerYear[i] = specs[i].GraduatesPerYear;
            ResearchBudgetUsdPerYear[i] = specs[i].ResearchBudgetUsdPerYear;
            DesignShare[i] = specs[i].DesignShare;
        }
    }

    public int Count { get; }
    public int Stride { get; }
    public readonly ulong[] Key;
    public readonly InstitutionKind[] Kind;
    public readonly LiaisonMode[] Liaison;
    public readonly int[] Locality;
    /// <summary>Research posts the institution fills; vacancies are posted to the labour market.</summary>
    public readonly int[] ResearcherPosts;
    /// <summary>People currently employed as researchers.</summary>
    public readonly int[] Researchers;
    public readonly int[] GraduatesPerYear;
    public readonly double[] ResearchBudgetUsdPerYear;
    /// <summary>Share of the budget on design and engineering, as the scenario sets it (levers add to it).</summary>
    public readonly double[] DesignShare;
    /// <summary>Share of research effort per field (sums to 1 over the fields).</summary>
    public readonly float[] FieldFocus;
    public readonly float[] Knowledge;

    public Span<float> KnowledgeOf(int institution) => Knowledge.AsSpan(institution * Stride, Stride);

    public int TotalResearchers
    {
        get
        {
            int n = 0;
            foreach (int r in Researchers) n += r;
            return n;
        }
    }

    /// <summary>A field drawn by the institution's research profile, for a uniform <paramref name="u"/> in [0, 1).</summary>
    public int DrawField(int institution, double u)
    {
        var focus = FieldFocus.AsSpan(institution * Stride, Stride);
        double c = 0;
        int last = 0;
        for (int k = 0; k < focus.Length; k++)
        {
            if (focus[k] <= 0) continue;
            last = k;
            c += focus[k];
            if (u < c) return k;
        }
        return last;
    }
}
