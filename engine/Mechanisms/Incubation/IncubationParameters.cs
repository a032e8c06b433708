using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Incubation;

/// <summary>Parameters of the incubators' idea-to-graduation pipeline (M8). The <c>parameters.incubation</c> section.</summary>
[ParameterSection("incubation", Order = 15)]
internal sealed record IncubationParameters
{
    [Param("Ideas a bic_incubator receives a month at visibility 1 (from faculty, employees, students and outsiders).", Unit = "ideas/month", Min = 0, Max = 10_000, Source = "WB:L458, L895–896 (scouting, workshops); calibrated")]
    public double IdeasPerMonth { get; init; } = 3;

    [Param("Effect of an incubated firm's commercial merit on its revenue: revenue × (1 + m·(merit − ½)).", Unit = "share of revenue", Min = 0, Max = 10, Source = "brief M8 (true success is driven mainly by commercial merit); calibrated")]
    public double MeritEffect { get; init; } = 0.4;

    [Param("Seed money an incubatee receives on entering the incubator.", Unit = "USD", Min = 0, Max = 1e9, Source = "WB:L465, L467 (seed and start-up funds); calibrated")]
    public double SeedMoneyUsd { get; init; } = 20_000;

    [Param("Share of its fixed cost an incubatee is spared by mentoring and easy-in space.", Unit = "share 0–1", Min = 0, Max = 1, Source = "WB:L465, L467; calibrated")]
    public double MentoringCostReduction { get; init; } = 0.5;

    [Param("Employees at which an incubatee graduates early.", Unit = "employees", Min = 1, Max = 1_000_000, Source = "brief M8 (revenue or employment threshold); calibrated")]
    public int GraduationEmployees { get; init; } = 10;

    [Param("Share of the park's service uplift a graduate keeps during aftercare.", Unit = "share 0–1", Min = 0, Max = 1, Source = "WB:L467; calibrated")]
    public double AftercareShare { get; init; } = 0.5;

    [Param("Monthly cost of an incubation slot added by the incubator_capacity lever.", Unit = "USD/month", Min = 0, Max = 1e9, Source = "calibrated; WB:L921–928 (programme budgets)")]
    public double SlotCostUsdPerMonth { get; init; } = 2_000;
}
