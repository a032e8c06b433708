using ClusterSim.Engine.Core;
using ClusterSim.Engine.Mechanisms.Parks;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>
/// How easily firms work with an institution: joint projects of a campus_applied_research park it hosts
/// (WB:L228–232), its liaison office (tailored offices reach and serve firms
/// better, TSER ¶13 L32; the tailored_liaison lever turns one tailored) and the share of its research in
/// design and engineering, which firms can use directly (M24; the public_rd_design_share lever adds to it).
/// </summary>
internal static class LiaisonOffices
{
    public static bool IsTailored(SimulationState s, int institution) =>
        s.Institutions.Liaison[institution] == LiaisonMode.Tailored || s.Policy.LevelFor(Levers.TailoredLiaison, TargetScope.Institution, institution) >= 0.5;

    /// <summary>Factor on link formation and transfer from the office's mode, and from joint projects when the institution hosts a campus park.</summary>
    public static double LiaisonMultiplier(SimulationState s, int institution)
    {
        double m = IsTailored(s, institution) ? s.Parameters.Of<TransferParameters>().TailoredLiaisonMultiplier : 1.0;
        for (int k = 0; k < s.Parks.Count; k++)
            if (s.Parks.HostInstitution[k] == institution && s.Parks.Specs[k].Model == ParkModel.CampusAppliedResearch)
                return m * s.Parameters.Of<ParkParameters>().JointProjectMultiplier;
        return m;
    }

    /// <summary>Factor on transfer from the design share: 1 + (u − 1) × d.</summary>
    public static double UsabilityMultiplier(SimulationState s, int institution)
    {
        double design = Math.Min(1, s.Institutions.DesignShare[institution] + s.Policy.LevelFor(Levers.PublicRdDesignShare, TargetScope.Institution, institution));
        return 1 + (s.Parameters.Of<TransferParameters>().DesignUsability - 1) * design;
    }

    /// <summary>Books the monthly cost of offices the lever made tailored.</summary>
    public static void BookCosts(SimulationState s)
    {
        for (int i = 0; i < s.Institutions.Count; i++)
            if (s.Institutions.Liaison[i] != LiaisonMode.Tailored && IsTailored(s, i))
                s.Policy.Spend[Levers.TailoredLiaison.Index] += s.Parameters.Of<TransferParameters>().TailoredLiaisonCostUsdPerMonth;
    }
}
