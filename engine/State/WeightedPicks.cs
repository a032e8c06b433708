namespace ClusterSim.Engine.State;

/// <summary>
/// Draws in proportion to weights: where a newcomer settles (locality weights, the same for the generated
/// region, immigrants, spin-offs and affiliates) and which size class a generated firm has.
/// </summary>
internal static class WeightedPicks
{
    internal static double[] Cumulative(double[] weights)
    {
        var c = new double[weights.Length];
        double sum = 0;
        for (int i = 0; i < weights.Length; i++) c[i] = sum += weights[i];
        return c;
    }

    /// <summary>An index drawn in proportion to its weight, for a uniform <paramref name="u"/> in [0, 1).</summary>
    internal static int Pick(double[] cumulative, double u)
    {
        u *= cumulative[^1];
        int i = Array.BinarySearch(cumulative, u);
        i = i < 0 ? ~i : i + 1;
        return Math.Min(i, cumulative.Length - 1);
    }

    /// <summary>
    /// Locality weights cumulated, the same for the generator and for immigrants: the scenario's
    /// <c>region.locality_shares</c>, or Zipf weights 1/(l+1) when it gives none.
    /// </summary>
    internal static double[] LocalityCumulative(Scenarios.RegionSettings region)
    {
        if (region.LocalityShares.Count > 0) return Cumulative([.. region.LocalityShares]);
        var w = new double[region.Localities];
        for (int l = 0; l < region.Localities; l++) w[l] = 1.0 / (l + 1);
        return Cumulative(w);
    }
}
