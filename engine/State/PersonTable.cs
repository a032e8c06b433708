namespace ClusterSim.Engine.State;

/// <summary>
/// People as columns. Rows are appended (graduates, immigrants) and never reused; people who retire or
/// leave the region keep their row with <see cref="Present"/> false. The generator lays people out
/// grouped by employer, so per-person phases that read the employer's columns stream through memory
/// instead of jumping (engine-principles: 50–60 ns vs under 3 ns per person-tick).
/// </summary>
internal sealed class PersonTable
{
    public const int NoEmployer = -1;

    public PersonTable(int capacity) => Allocate(Math.Max(16, capacity));

    public int Count { get; private set; }
    public int Capacity => Key.Length;
    /// <summary>People in the region: rows with <see cref="Present"/> true.</summary>
    public int PresentCount { get; private set; }

    // People present per locality, kept by Add and Remove; derived, so a checkpoint does not hold it (RecountLocalities).
    private int[] _presentByLocality = [];

    /// <summary>People in the region by the locality they live in (empty past the last locality anyone lives in).</summary>
    public ReadOnlySpan<int> PresentByLocality => _presentByLocality;

    public ulong[] Key = [];
    public bool[] Present = [];
    public int[] AgeMonths = [];
    /// <summary>Row in the firm table, or <see cref="NoEmployer"/>.</summary>
    [Fill(NoEmployer)]
    public int[] Employer = [];
    /// <summary>Row in the institution table for researchers, or <see cref="NoEmployer"/>.</summary>
    [Fill(NoEmployer)]
    public int[] Institution = [];
    public int[] Locality = [];
    public int[] Field = [];
    /// <summary>Skill on a 0–1 scale: scales on-the-job learning and training gains (UN ¶47 L196).</summary>
    public float[] Skill = [];
    /// <summary>Tacit knowledge in the person's field, in knowledge units; carried on moves and into spin-offs.</summary>
    public float[] Expertise = [];
    public int[] TenureMonths = [];
    /// <summary>Tick of graduation from a regional university, or −1.</summary>
    [Fill(-1)]
    public int[] GraduationTick = [];

    /// <summary>
    /// Key of the person's employer (firm or institution) at the last yearly measurement, or 0 when they had none:
    /// what a labour-force survey asks ("who did you work for a year ago?"), kept so job-to-job mobility is counted per person.
    /// </summary>
    public ulong[] EmployerKeyYearAgo = [];

    public bool IsEmployed(int person) => Employer[person] >= 0 || Institution[person] >= 0;

    public int Add(ulong key, int ageMonths, int locality, int field, float skill, float expertise)
    {
        if (Count == Capacity) Allocate(Columns.NextCapacity(Capacity, Count + 1));
        int row = Count++;
        Key[row] = key;
        Present[row] = true;
        AgeMonths[row] = ageMonths;
        Employer[row] = NoEmployer;
        Institution[row] = NoEmployer;
        Locality[row] = locality;
        Field[row] = field;
        Skill[row] = skill;
        Expertise[row] = expertise;
        TenureMonths[row] = 0;
        GraduationTick[row] = -1;
        EmployerKeyYearAgo[row] = 0;
        PresentCount++;
        if (locality >= _presentByLocality.Length) Array.Resize(ref _presentByLocality, locality + 1);
        _presentByLocality[locality]++;
        return row;
    }

    /// <summary>Marks a person as gone from the region (retired or emigrated); the caller has ended their employment.</summary>
    public void Remove(int person)
    {
        Present[person] = false;
        PresentCount--;
        _presentByLocality[Locality[person]]--;
    }

    /// <summary>Counts the people present by locality again, after the columns were read from a checkpoint.</summary>
    public void RecountLocalities()
    {
        _presentByLocality = [];
        for (int i = 0; i < Count; i++)
        {
            if (!Present[i]) continue;
            if (Locality[i] >= _presentByLocality.Length) Array.Resize(ref _presentByLocality, Locality[i] + 1);
            _presentByLocality[Locality[i]]++;
        }
    }

    private void Allocate(int capacity) => Columns.GrowAll(this, capacity);
}
