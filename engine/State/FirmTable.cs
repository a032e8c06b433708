namespace ClusterSim.Engine.State;

/// <summary>
/// Firms as columns: a firm is a row index. Rows are appended and never reused, so a row names the same
/// firm for the whole run; dead firms keep their row with <see cref="Alive"/> false. Knowledge is one flat
/// array of <see cref="Stride"/> floats per firm (fields padded to a multiple of 8 for 256-bit lanes).
/// </summary>
public sealed class FirmTable
{
    public FirmTable(int fields, int tieSlots, int capacity)
    {
        Fields = fields;
        Stride = (fields + 7) / 8 * 8;
        TieSlots = tieSlots;
        Allocate(capacity);
    }

    public int Fields { get; }
    public int Stride { get; }
    public int TieSlots { get; }
    public int Count { get; private set; }
    public int Capacity => Alive.Length;

    // Hot: read or written every tick.
    public bool[] Alive = [];
    public int[] Employees = [];
    public int[] TargetEmployees = [];
    public double[] CashUsd = [];
    public float[] RevenueUsdPerMonth = [];
    public float[] ProfitUsdPerMonth = [];
    public float[] RdSpendUsdPerMonth = [];
    public float[] Productivity = [];
    public float[] DemandShock = [];
    public float[] KnowledgeLevel = [];
    public float[] AbsorptiveCapacity = [];
    public int[] LossMonths = [];
    public float[] Knowledge = [];
    /// <summary>The knowledge phase writes here and swaps, so every firm learns from last month's stocks.</summary>
    public float[] KnowledgeNext = [];
    public int[] TieTarget = [];
    public float[] TieWeight = [];

    // Cold: identity and history, read by reports.
    public ulong[] Key = [];
    public FirmKind[] Kind = [];
    public FirmOrigin[] Origin = [];
    public ulong[] ParentKey = [];
    public int[] BirthTick = [];
    public int[] DeathTick = [];
    public int[] Locality = [];
    public int[] Field = [];

    public Span<float> KnowledgeOf(int firm) => Knowledge.AsSpan(firm * Stride, Stride);

    /// <summary>Appends a firm with empty ties and zero knowledge; the caller fills the rest.</summary>
    public int Add(ulong key, FirmKind kind, FirmOrigin origin, ulong parentKey, int birthTick, int locality, int field)
    {
        if (Count == Capacity) Allocate(Columns.NextCapacity(Capacity, Count + 1));
        int row = Count++;
        Alive[row] = true;
        Key[row] = key;
        Kind[row] = kind;
        Origin[row] = origin;
        ParentKey[row] = parentKey;
        BirthTick[row] = birthTick;
        DeathTick[row] = -1;
        Locality[row] = locality;
        Field[row] = field;
        return row;
    }

    public void SwapKnowledgeBuffers() => (Knowledge, KnowledgeNext) = (KnowledgeNext, Knowledge);

    private void Allocate(int capacity)
    {
        Columns.Grow(ref Alive, capacity);
        Columns.Grow(ref Employees, capacity);
        Columns.Grow(ref TargetEmployees, capacity);
        Columns.Grow(ref CashUsd, capacity);
        Columns.Grow(ref RevenueUsdPerMonth, capacity);
        Columns.Grow(ref ProfitUsdPerMonth, capacity);
        Columns.Grow(ref RdSpendUsdPerMonth, capacity);
        Columns.Grow(ref Productivity, capacity);
        Columns.Grow(ref DemandShock, capacity);
        Columns.Grow(ref KnowledgeLevel, capacity);
        Columns.Grow(ref AbsorptiveCapacity, capacity);
        Columns.Grow(ref LossMonths, capacity);
        Columns.Grow(ref Knowledge, capacity, Stride);
        Columns.Grow(ref KnowledgeNext, capacity, Stride);
        Columns.Grow(ref TieTarget, capacity, TieSlots, -1);
        Columns.Grow(ref TieWeight, capacity, TieSlots);
        Columns.Grow(ref Key, capacity);
        Columns.Grow(ref Kind, capacity);
        Columns.Grow(ref Origin, capacity);
        Columns.Grow(ref ParentKey, capacity);
        Columns.Grow(ref BirthTick, capacity);
        Columns.Grow(ref DeathTick, capacity);
        Columns.Grow(ref Locality, capacity);
        Columns.Grow(ref Field, capacity);
    }
}
