using ClusterSim.Engine.Core;

namespace ClusterSim.Engine.Indicators;

/// <summary>Percentiles of alive firms' knowledge levels, used by indicators and by mechanisms that single out leaders.</summary>
public static class KnowledgeDistribution
{
    /// <summary>
    /// The 90th percentile (nearest rank) of alive firms' knowledge levels, by quickselect on a reused scratch
    /// copy: O(firms) a tick rather than a sort's O(firms log firms). The value does not depend on the
    /// order of the copy, so the result is the same on any thread count.
    /// </summary>
    public static double Percentile90(SimulationState s)
    {
        var firms = s.Firms;
        if (s.LevelScratch.Length < firms.Count) s.LevelScratch = new float[firms.Capacity];
        int n = 0;
        for (int f = 0; f < firms.Count; f++)
            if (firms.Alive[f]) s.LevelScratch[n++] = firms.KnowledgeLevel[f];
        if (n == 0) return 0;
        return Select(s.LevelScratch.AsSpan(0, n), Math.Min(n - 1, (int)Math.Ceiling(0.9 * n) - 1));
    }

    /// <summary>The k-th smallest value (0-based) of <paramref name="values"/>, which it reorders (Hoare's quickselect, median-of-three pivot).</summary>
    internal static float Select(Span<float> values, int k)
    {
        int lo = 0, hi = values.Length - 1;
        while (lo < hi)
        {
            int mid = lo + (hi - lo) / 2;
            float a = values[lo], b = values[mid], c = values[hi];
            float pivot = Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
            int i = lo, j = hi;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return values[k];
        }
        return values[k];
    }
}
