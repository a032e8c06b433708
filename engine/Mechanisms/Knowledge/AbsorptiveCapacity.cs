using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>
/// M2, absorptive capacity: a saturating function of the firm's knowledge level, AC = L / (L + L½).
/// Prior knowledge is what lets a firm absorb more (UN ¶30 L134, ¶34 L150).
/// </summary>
internal static class AbsorptiveCapacity
{
    public static void Refresh(FirmTable firms, int firm, float level, double halfSaturation)
    {
        firms.KnowledgeLevel[firm] = level;
        firms.AbsorptiveCapacity[firm] = (float)(level / (level + halfSaturation));
    }

    /// <summary>The AC gate: AC^γ, times the codified share below AC*.</summary>
    internal static double Gate(TransferParameters p, double ac) =>
        Math.Pow(ac, p.AcExponent) * (ac < p.AcThreshold ? p.CodifiedShare : 1.0);
}
