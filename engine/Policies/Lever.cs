namespace ClusterSim.Engine.Policies;

/// <summary>A policy lever a scenario can schedule under <c>policies:</c>.</summary>
public sealed record Lever(string Name, string Unit, double Min, double Max, string Doc, string Source);

/// <summary>The levers the model implements. A lever is listed here only once a mechanism reads it.</summary>
public static class Levers
{
    /// <summary>Share of firms' R&amp;D spend reimbursed by the state; raises R&amp;D intensity (Knowledge/CreateKnowledge).</summary>
    public static readonly Lever RdSubsidy = new("rd_subsidy", "share of R&D spend", 0, 1,
        "Share of firms' R&D spend reimbursed; raises R&D intensity by the rd_subsidy_elasticity.", "model-brief §3.1");

    public static IReadOnlyList<Lever> All { get; } = [RdSubsidy];

    public static Lever? Find(string name) => All.FirstOrDefault(l => l.Name == name);
}
