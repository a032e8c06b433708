using ClusterSim.Engine.Core;

namespace ClusterSim.Engine.Indicators;

/// <summary>Percentiles of alive firms' knowledge levels, used by indicators and by mechanisms that single out leaders.</summary>
public static class KnowledgeDistribution
{
    /// <summary>The 90th percentile (nearest rank), by an in-place sort of a reused scratch copy.</summary>
    public static double Percentile90(SimulationState s)
    {
        var firms = s.Firms;
        if (s.LevelScratch.Length < firms.Count) s.LevelScratch = new float[firms.Capacity];
        int n = 0;
        for (int f = 0; f < firms.Count; f++)
            if (firms.Alive[f]) s.LevelScratch[n++] = firms.KnowledgeLevel[f];
        if (n == 0) return 0;
        var levels = s.LevelScratch.AsSpan(0, n);
        levels.Sort();
        return levels[Math.Min(n - 1, (int)Math.Ceiling(0.9 * n) - 1)];
    }
}
