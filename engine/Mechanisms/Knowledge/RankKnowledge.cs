using ClusterSim.Engine.Core;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>
/// At the end of a tick, after every phase that changes firms: the 90th percentile (nearest rank) of alive
/// firms' knowledge levels into <see cref="RegionalState.KnowledgeP90"/>, the region's top decile that the
/// next tick's soft-landing phase singles out and the knowledge_p90 indicator reports. Reads firms' knowledge
/// levels; writes KnowledgeP90 only.
/// </summary>
[PhaseSummary("the region's top knowledge decile (P90) for the next tick's soft landing and the knowledge_p90 indicator")]
internal sealed class RankKnowledge : IPhase
{
    // Levels of the alive firms, reused from tick to tick.
    private float[] _levels = [];

    public void Run(SimulationState s) => s.Region.KnowledgeP90 = Percentile90(s.Firms, ref _levels);

    /// <summary>
    /// By quickselect on a copy in <paramref name="scratch"/>: O(firms) a tick rather than a sort's
    /// O(firms log firms). The value does not depend on the order of the copy, so it is the same on any thread count.
    /// </summary>
    private static double Percentile90(FirmTable firms, ref float[] scratch)
    {
        if (scratch.Length < firms.Count) scratch = new float[firms.Capacity];
        int n = 0;
        for (int f = 0; f < firms.Count; f++)
            if (firms.Alive[f]) scratch[n++] = firms.KnowledgeLevel[f];
        if (n == 0) return 0;
        return Select(scratch.AsSpan(0, n), Math.Min(n - 1, (int)Math.Ceiling(0.9 * n) - 1));
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
