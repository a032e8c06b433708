namespace ClusterSim.Engine.Policies;

/// <summary>What a lever can be aimed at, as the <c>target</c> of its schedule.</summary>
[Flags]
public enum TargetScope
{
    All = 0,
    FirmKind = 1,
    Park = 2,
    Field = 4,
    Locality = 8,
    Institution = 16,
}

/// <summary>
/// A policy lever a scenario can schedule under <c>policies:</c>: its unit and range, what it may target,
/// and the outcome it is expected to move (docs/model.md's lever table; a paired test per lever checks
/// the sign). <see cref="Index"/> numbers its public-spending column.
/// </summary>
public sealed record Lever(int Index, string Name, string Unit, double Min, double Max, TargetScope Scopes,
    string Doc, string Outcome, int ExpectedSign, string Source);

/// <summary>The levers the model implements. A lever is listed here only once a mechanism reads it.</summary>
public static class Levers
{
    public static readonly Lever RdSubsidy = new(0, "rd_subsidy", "share of R&D spend", 0, 1,
        TargetScope.FirmKind | TargetScope.Field | TargetScope.Locality,
        "Share of firms' R&D spend reimbursed; raises R&D intensity by rd_subsidy_elasticity.", "knowledge_mean", +1, "brief §3.1 (rd.sme_subsidy_rate); UN ¶41 L172");

    public static readonly Lever TrainingGrant = new(1, "training_grant", "share of training cost", 0, 1,
        TargetScope.FirmKind | TargetScope.Field | TargetScope.Locality,
        "Share of firms' training spend reimbursed; SMEs train more in proportion (training.grant_elasticity).", "productivity_mean", +1, "brief §3.6 (training.subsidy_rate); UN Box 3 L242–246");

    public static readonly Lever TrainingLevy = new(2, "training_levy", "share of payroll", 0, 0.1, TargetScope.FirmKind,
        "Payroll levy on firms of at least training.levy_min_employees, remitted for what they spend on training (levy–grant scheme).", "productivity_mean", +1, "brief §3.6 (training.levy_rate); UN Box 3 L242–250");

    public static readonly Lever TailoredLiaison = new(3, "tailored_liaison", "0 or 1", 0, 1, TargetScope.Institution,
        "1 turns a university's or institute's liaison office tailored, at transfer.tailored_liaison_cost_usd_per_month.", "innovations_from_university", +1, "brief §3.4 (university.liaison_mode); TSER ¶13 L32");

    public static readonly Lever PublicRdDesignShare = new(4, "public_rd_design_share", "share of public research budget", 0, 1, TargetScope.Institution,
        "Share of an institution's budget moved to design and engineering, added to its design_share: knowledge firms can use directly (M24).", "innovations_from_university", +1, "brief §3.1 (rd.gov_split), M24; WB:L681–683");

    public static IReadOnlyList<Lever> All { get; } = [RdSubsidy, TrainingGrant, TrainingLevy, TailoredLiaison, PublicRdDesignShare];

    public static Lever? Find(string name) => All.FirstOrDefault(l => l.Name == name);
}
