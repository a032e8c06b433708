namespace ClusterSim.Engine.Scenarios;

/// <summary>One switch per mechanism. A switched-off mechanism's phase does nothing and draws nothing.</summary>
public sealed record MechanismSwitches
{
    [Param("Own R&D adds knowledge; obsolescence erodes it (M1).")]
    public bool KnowledgeCreation { get; init; } = true;

    [Param("Firms learn from the firms they are tied to, gated by absorptive capacity (M2).")]
    public bool FirmTransfer { get; init; } = true;

    [Param("Firms form ties to nearby, similar firms; unused ties decay (M4).")]
    public bool Ties { get; init; } = true;

    [Param("Revenue from relative productivity, costs, cash, and target size.")]
    public bool Market { get; init; } = true;

    [Param("Employees quit; firms with vacancies hire the unemployed (M6).")]
    public bool LabourMobility { get; init; } = true;

    [Param("People found de novo firms (M19).")]
    public bool Entry { get; init; } = true;

    [Param("Firms out of cash exit, releasing their employees (M19).")]
    public bool Exit { get; init; } = true;
}
