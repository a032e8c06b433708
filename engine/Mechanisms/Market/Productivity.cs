using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Market;

/// <summary>
/// A firm's productivity, A = (1 + L)^β · (1 + B) · (1 + H): from its knowledge, its innovation bonus and its trained staff. The market phase refreshes it each tick; a new firm starts from it.
/// </summary>
internal static class Productivity
{
    /// <summary>A = (1 + L)^β · (1 + B) · (1 + H).</summary>
    internal static float Of(FirmTable firms, int f, double elasticity) =>
        (float)(Math.Pow(1 + firms.KnowledgeLevel[f], elasticity) * (1 + firms.InnovationBonus[f]) * (1 + firms.HumanCapital[f]));
}
