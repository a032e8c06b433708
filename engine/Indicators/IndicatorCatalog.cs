namespace ClusterSim.Engine.Indicators;

/// <summary>One indicator column: its name, unit and meaning.</summary>
public sealed record IndicatorDefinition(string Name, string Unit, string Doc);

/// <summary>
/// The indicators computed every tick, in column order. The index of each is its slot in an
/// <see cref="IndicatorRow"/>; the order is part of the output contract (append, never reorder).
/// </summary>
public static class IndicatorCatalog
{
    public const int FirmsAlive = 0;
    public const int FirmBirths = 1;
    public const int FirmDeaths = 2;
    public const int Employment = 3;
    public const int UnemploymentRate = 4;
    public const int Population = 5;
    public const int MeanFirmSize = 6;
    public const int KnowledgeMean = 7;
    public const int ProductivityMean = 8;
    public const int RdSpend = 9;
    public const int KnowledgeTransferred = 10;
    public const int TiesCollaboration = 11;
    public const int Hires = 12;
    public const int Separations = 13;
    public const int PublicSpendRdSubsidy = 14;
    public const int PublicSpendTotal = 15;
    public const int Wage = 16;

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new("firms_alive", "firms", "Firms alive at the end of the tick."),
        new("firm_births", "firms", "Firms founded during the tick."),
        new("firm_deaths", "firms", "Firms that exited during the tick."),
        new("employment", "persons", "People employed by firms at the end of the tick."),
        new("unemployment_rate", "share 0–1", "Share of the population without an employer."),
        new("population", "persons", "People in the region."),
        new("mean_firm_size", "employees", "Employment over firms alive."),
        new("knowledge_mean", "knowledge units", "Mean over alive firms of their knowledge level (sum over fields)."),
        new("productivity_mean", "relative to 1", "Employment-weighted mean productivity of alive firms."),
        new("rd_spend", "USD/month", "R&D spend of all firms during the tick, subsidy included."),
        new("knowledge_transferred", "knowledge units", "Knowledge firms gained through ties during the tick."),
        new("ties_collaboration", "ties", "Collaboration ties between alive firms."),
        new("hires", "persons", "People hired out of unemployment during the tick (founders included)."),
        new("separations", "persons", "Employees who quit or were laid off during the tick (exits excluded)."),
        new("public_spend_rd_subsidy", "USD/month", "Public spending on the rd_subsidy lever."),
        new("public_spend_total", "USD/month", "Public spending on all levers."),
        new("wage", "USD/month", "The regional wage set by the wage curve."),
    ];

    public static int IndexOf(string name)
    {
        for (int i = 0; i < All.Count; i++)
            if (All[i].Name == name) return i;
        return -1;
    }
}
