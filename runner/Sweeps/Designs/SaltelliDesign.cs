namespace ClusterSim.Runner.Sweeps.Designs;

/// <summary>
/// Saltelli's scheme for first-order and total Sobol indices (Saltelli 2002; Saltelli et al. 2010, Comput. Phys.
/// Commun. 181:259): from a Sobol sequence of 2d dimensions (its origin skipped), sample i gives a row A (the first d
/// coordinates) and B (the last d); the design is, for each i, A, then d rows AB_j (A with column j from B), then B:
/// n × (d + 2) points. Each point carries its sample and block (a, ab_1 … ab_d, b) for the analysis.
/// </summary>
public static class SaltelliDesign
{
    public static (double[] Unit, int Sample, string Block)[] Points(int n, int dimensions)
    {
        var sequence = new SobolSequence(2 * dimensions);
        sequence.Next();
        var points = new List<(double[], int, string)>(n * (dimensions + 2));
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
            points.Add((b, i, "b"));
        }
        return [.. points];
    }
}
