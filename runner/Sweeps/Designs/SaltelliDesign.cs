namespace ClusterSim.Runner.Sweeps.Designs;

/// <summary>
/// Saltelli's scheme for first-order and total Sobol indices (Saltelli 2002; Saltelli et al. 2010, Comput. Phys.
/// Commun. 181:259): from a Sobol sequence of 2d dimensions (its origin skipped), sample i gives a row A (the first d
/// coordinates) and B (the last d); the design is, for each i, A, then d rows AB_j (A with column j from B), then B:
/// n × (d + 2) points; with <c>secondOrder</c> also d rows BA_j (B with column j from A) before B, n × (2d + 2) points,
/// SALib's layout. Each point carries its sample and block (a, ab_1 … ab_d, ba_1 … ba_d, b) for the analysis.
/// </summary>
public static class SaltelliDesign
{
    public static (double[] Unit, int Sample, string Block)[] Points(int n, int dimensions, bool secondOrder = false)
    {
        var sequence = new SobolSequence(2 * dimensions);
        sequence.Next();
        var points = new List<(double[], int, string)>(n * ((secondOrder ? 2 : 1) * dimensions + 2));
        for (int i = 0; i < n; i++)
        {
            var row = sequence.Next();
            double[] a = row[..dimensions], b = row[dimensions..];
            points.Add((a, i, "a"));
            for (int j = 0; j < dimensions; j++)
            {
                var ab = (double[])a.Clone();
                ab[j] = b[j];
                points.Add((ab, i, $"ab_{j + 1}"));
            }
            for (int j = 0; secondOrder && j < dimensions; j++)
            {
                var ba = (double[])b.Clone();
                ba[j] = a[j];
                points.Add((ba, i, $"ba_{j + 1}"));
            }
            points.Add((b, i, "b"));
        }
        return [.. points];
    }
}
