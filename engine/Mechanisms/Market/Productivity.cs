using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Market;

/// <summary>
/// A firm's productivity, A = (1 + L)^β · (1 + B) · (1 + H) · e^z: from its knowledge, its innovation bonus, its trained
/// staff and its idiosyncratic productivity shock z (luck, management, machines; AR(1), drawn by the market phase).
/// The market phase refreshes it each tick; a new firm starts from it.
/// </summary>
internal static class Productivity
{
    /// <summary>A = (1 + L)^β · (1 + B) · (1 + H) · e^z.</summary>
    internal static float Of(FirmTable firms, int f, double elasticity) =>
        (float)(Math.Pow(1 + firms.KnowledgeLevel[f], elasticity) * (1 + firms.InnovationBonus[f]) * (1 + firms.HumanCapital[f]) * Math.Exp(firms.ProductivityShock[f]));
}
