namespace ClusterSim.Engine.State;

/// <summary>
/// Firms as columns: a firm is a row index. Rows are appended and never reused, so a row names the same
/// firm for the whole run; dead firms keep their row with <see cref="Alive"/> false. Knowledge is one flat
/// array of <see cref="Stride"/> floats per firm (fields padded to a multiple of 8 for 256-bit lanes).
/// </summary>
internal sealed class FirmTable
{
    /// <summary>A tie slot's partner when the partner is the world outside the region.</summary>
    public const int ExternalPartner = -2;
    public const int NoPartner = -1;
    public static readonly int Channels = Enum.GetValues<KnowledgeChannel>().Length;

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
    /// <summary>The size the firm would grow to if cash allowed; above the target it is short of money.</summary>
    public int[] WantedEmployees = [];
    public double[] CashUsd = [];
    public float[] RevenueUsdPerMonth = [];
    public float[] ProfitUsdPerMonth = [];
    public float[] RdSpendUsdPerMonth = [];
    /// <summary>Sales abroad this month (part of revenue).</summary>
    public float[] ExportsUsdPerMonth = [];
    /// <summary>Inputs used this month (sales × the input share): value added is revenue less these; they are paid next month.</summary>
    public float[] PurchasesUsdPerMonth = [];
    /// <summary>The part of last month's inputs paid this month to local suppliers on supplier ties.</summary>
    public float[] TiePurchasesUsdPerMonth = [];
    /// <summary>Sales to local customers on their supplier ties this month (part of revenue).</summary>
    public float[] TieSalesUsdPerMonth = [];
    /// <summary>The firm's weight in its markets this month: capacity × productivity × demand and quality factors (the market phase's scratch).</summary>
    public float[] SalesWeight = [];
    /// <summary>Training spend as a share of the wage bill; speeds employees' on-the-job learning.</summary>
    public float[] TrainingShare = [];
    /// <summary>Human capital built by training, as a productivity share (M7).</summary>
    public float[] HumanCapital = [];
    /// <summary>What training costs the firm after grants, plus any training levy it pays.</summary>
    public float[] TrainingCostUsdPerMonth = [];
    public bool[] RdPerformer = [];
    public float[] Productivity = [];
    /// <summary>Productivity gained from innovations, as a share; erodes with obsolescence.</summary>
    public float[] InnovationBonus = [];
    public float[] DemandShock = [];
    /// <summary>The firm's idiosyncratic log productivity shock (AR(1)), in its competitiveness and measured productivity.</summary>
    public float[] ProductivityShock = [];
    /// <summary>What the firm pays each employee a month (FirmWages), set by the market phase.</summary>
    public float[] Wage = [];
    public float[] KnowledgeLevel = [];
    public float[] AbsorptiveCapacity = [];
    public float[] GrowthMultiplier = [];
    public SupplierTier[] Tier = [];
    /// <summary>Acquired by a multinational; <see cref="Autonomous"/> if it kept its autonomy.</summary>
    public bool[] Acquired = [];
    public bool[] Autonomous = [];
    /// <summary>Marked to leave the region this tick (relocation); the exit phase takes it out.</summary>
    public bool[] Leaving = [];
    /// <summary>Takes the high road (productivity, innovation, good labour standards); false: the low road (M14).</summary>
    [Fill(true)]
    public bool[] HighRoad = [];
    /// <summary>Access to foreign markets: sent abroad, landed from abroad, or acquired with autonomy (M16).</summary>
    public bool[] ExportAccess = [];
    /// <summary>Last tick of a soft-landing firm's rent-free months.</summary>
    [Fill(-1)]
    public int[] FreeRentUntilTick = [];
    /// <summary>Outstanding bank loans.</summary>
    public double[] DebtUsd = [];
    [PerRow(nameof(Stride))]
    public float[] Knowledge = [];
    /// <summary>The knowledge phase writes here and swaps, so every firm learns from last month's stocks.</summary>
    [PerRow(nameof(Stride))]
    public float[] KnowledgeNext = [];
    /// <summary>Knowledge that flowed in since the firm's last innovation (knowledge units): what the next one can be made of.</summary>
    public float[] NewKnowledge = [];
    /// <summary>The recent inflow, summed over channels, as the innovation phase left it last month (after its decay).</summary>
    public float[] InflowRemembered = [];
    /// <summary>Recent knowledge inflow by <see cref="KnowledgeChannel"/>, <see cref="Channels"/> per firm, decaying monthly.</summary>
    [PerRow(nameof(Channels))]
    public float[] ChannelInflow = [];
    [PerRow(nameof(TieSlots)), Fill(NoPartner)]
    public int[] TieTarget = [];
    [PerRow(nameof(TieSlots))]
    public float[] TieWeight = [];
    [PerRow(nameof(TieSlots))]
    public TieLayer[] TieKind = [];
    /// <summary>The knowledge institution the firm works with, or <see cref="NoPartner"/>.</summary>
    [Fill(NoPartner)]
    public int[] InstitutionTie = [];
    /// <summary>The park the firm is a tenant of, or <see cref="NoPartner"/>.</summary>
    [Fill(NoPartner)]
    public int[] Park = [];
    public int[] ParkEntryTick = [];
    /// <summary>Commercial merit 0–1 of a firm born from an incubated idea; ½ (neutral) for others (M8).</summary>
    [Fill(0.5f)]
    public float[] Merit = [];
    /// <summary>Park whose aftercare a graduate receives, until <see cref="AftercareUntilTick"/>; −1 for none.</summary>
    [Fill(NoPartner)]
    public int[] AftercarePark = [];
    public int[] AftercareUntilTick = [];
    public float[] InstitutionTieWeight = [];

    // Cold: identity and history, read by reports.
    public ulong[] Key = [];
    public FirmKind[] Kind = [];
    public FirmOrigin[] Origin = [];
    public FirmActivity[] Activity = [];
    public ulong[] ParentKey = [];
    public byte[] Generation = [];
    public int[] BirthTick = [];
    public int[] DeathTick = [];
    public int[] Locality = [];
    public int[] Field = [];
    /// <summary>Innovations by <see cref="InnovationType"/> since the firm's last panel row (3 per firm).</summary>
    [PerRow(3)]
    public int[] InnovationsSincePanel = [];
    public int[] LastInnovationTick = [];

    public Span<float> KnowledgeOf(int firm) => Knowledge.AsSpan(firm * Stride, Stride);

    public Span<float> InflowOf(int firm) => ChannelInflow.AsSpan(firm * Channels, Channels);

    /// <summary>Appends a firm with empty ties and zero knowledge; the caller fills the rest.</summary>
    public int Add(ulong key, FirmKind kind, FirmOrigin origin, ulong parentKey, int generation, int birthTick, int locality, int field)
    {
        if (Count == Capacity) Allocate(Columns.NextCapacity(Capacity, Count + 1));
        int row = Count++;
        Alive[row] = true;
        Key[row] = key;
        Kind[row] = kind;
        Origin[row] = origin;
        ParentKey[row] = parentKey;
        Generation[row] = (byte)Math.Min(generation, byte.MaxValue);
        BirthTick[row] = birthTick;
        DeathTick[row] = -1;
        LastInnovationTick[row] = -1;
        Locality[row] = locality;
        Field[row] = field;
        GrowthMultiplier[row] = 1;
        return row;
    }

    public void SwapKnowledgeBuffers() => (Knowledge, KnowledgeNext) = (KnowledgeNext, Knowledge);

    /// <summary>The first free tie slot of <paramref name="firm"/>, or −1.</summary>
    public int FreeTieSlot(int firm)
    {
        for (int j = firm * TieSlots; j < (firm + 1) * TieSlots; j++)
            if (TieTarget[j] == NoPartner) return j;
        return -1;
    }

    /// <summary>Value added this month: sales less purchased inputs.</summary>
    public double ValueAddedUsdPerMonth(int firm) => RevenueUsdPerMonth[firm] - (double)PurchasesUsdPerMonth[firm];

    /// <summary>Profit as a share of value added this month, −1 for a firm that added no value: what growth, entry and lenders read.</summary>
    public double Margin(int firm)
    {
        double valueAdded = ValueAddedUsdPerMonth(firm);
        return valueAdded > 0 ? ProfitUsdPerMonth[firm] / valueAdded : -1;
    }

    /// <summary>How many of <paramref name="firm"/>'s tie slots point at <paramref name="partner"/> (for example <see cref="ExternalPartner"/>).</summary>
    public int CountTies(int firm, int partner)
    {
        int n = 0;
        for (int j = firm * TieSlots; j < (firm + 1) * TieSlots; j++)
            if (TieTarget[j] == partner) n++;
        return n;
    }

    public bool IsTied(int firm, int partner)
    {
        for (int j = firm * TieSlots; j < (firm + 1) * TieSlots; j++)
            if (TieTarget[j] == partner) return true;
        return false;
    }

    private void Allocate(int capacity) => Columns.GrowAll(this, capacity);
}
