namespace ClusterSim.Tests.Runner.Sensitivity;

/// <summary>Test functions of sensitivity analysis whose Sobol indices are known in closed form, on the unit cube.</summary>
internal static class KnownFunctions
{
    /// <summary>Ishigami and Homma 1990 with a = 7, b = 0.1, its inputs mapped from [0, 1] to [−π, π].</summary>
    public static double Ishigami(IReadOnlyList<double> u)
    {
        double x1 = -Math.PI + 2 * Math.PI * u[0], x2 = -Math.PI + 2 * Math.PI * u[1], x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.Sin(x1) + 7 * Math.Sin(x2) * Math.Sin(x2) + 0.1 * Math.Pow(x3, 4) * Math.Sin(x1);
    }

    // Saltelli et al. 2008 (Global Sensitivity Analysis: The Primer, §4.7): the Ishigami indices at a = 7, b = 0.1.
    public static readonly double[] IshigamiFirst = [0.3139, 0.4424, 0];
    public static readonly double[] IshigamiTotal = [0.5576, 0.4424, 0.2437];
    public const double IshigamiS13 = 0.2437;

    /// <summary>Sobol's g-function, Π (|4u_i − 2| + a_i) / (1 + a_i).</summary>
    public static double G(IReadOnlyList<double> u, double[] a)
    {
        double y = 1;
        for (int i = 0; i < a.Length; i++) y *= (Math.Abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
        return y;
    }

    /// <summary>The g-function's indices: V_i = 1 / (3(1 + a_i)²), V = Π(1 + V_i) − 1, S_i = V_i / V, ST_i = V_i Π_{j≠i}(1 + V_j) / V.</summary>
    public static (double[] First, double[] Total) GIndices(double[] a)
    {
        var v = a.Select(x => 1 / (3 * (1 + x) * (1 + x))).ToArray();
        double total = v.Aggregate(1.0, (p, x) => p * (1 + x)) - 1;
        return (v.Select(x => x / total).ToArray(), v.Select((x, i) => x * v.Where((_, j) => j != i).Aggregate(1.0, (p, y) => p * (1 + y)) / total).ToArray());
    }
}
