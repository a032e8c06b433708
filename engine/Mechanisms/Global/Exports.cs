using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Global;

/// <summary>
/// A firm's export access (M16): from its links abroad and its access to foreign markets, about the share of its sales it makes abroad (the market phase turns it into exports against the external competitor).
/// </summary>
internal static class Exports
{
    /// <summary>Export access of firm <paramref name="f"/>: from its links abroad and its access to foreign markets.</summary>
    public static double ShareOf(FirmTable firms, SoftLandingParameters p, int f) =>
        Math.Min(1, p.ExportSharePerExternalTie * firms.CountTies(f, FirmTable.ExternalPartner) + (firms.ExportAccess[f] ? p.ExportAccessShare : 0));
}
