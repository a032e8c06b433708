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
}
