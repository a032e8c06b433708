using ClusterSim.Engine.Randomness;

namespace ClusterSim.Runner.Sweeps.Designs;

/// <summary>
/// Morris's elementary-effects design (Morris 1991, Technometrics 33:161): r trajectories of d + 1 points on a grid of p
/// levels {0, 1/(p − 1), …, 1}. A trajectory starts at a random grid point from which every factor can move by
/// Δ = p / (2(p − 1)), then moves one factor at a time, in a random order, by +Δ or −Δ (a random direction). Each point
/// carries its trajectory and step (0 the start; step k moved the factor named in its block). Draws come from the
/// engine's counter-based generator keyed by the design seed.
/// </summary>
public static class MorrisDesign
{
    public static (double[] Unit, int Trajectory, int Step, int Factor)[] Points(int trajectories, int dimensions, int levels, long seed)
    {
        double delta = levels / (2.0 * (levels - 1));
        // Grid values from which +Δ stays inside [0, 1]: 0 … 1 − Δ.
        int starts = (int)Math.Floor((1 - delta) * (levels - 1) + 1e-9) + 1;
        ulong key = unchecked((ulong)seed * 0x9E37_79B9_7F4A_7C15UL) ^ 0x4D4F_5252UL;
        ulong counter = 0;
        double Draw() => CounterRandom.Uniform(key, counter++);
        var points = new List<(double[], int, int, int)>(trajectories * (dimensions + 1));
        for (int t = 0; t < trajectories; t++)
        {
            var x = new double[dimensions];
            var up = new bool[dimensions];
            for (int j = 0; j < dimensions; j++)
            {
                double b = Math.Min(starts - 1, (int)(Draw() * starts)) / (double)(levels - 1);
                up[j] = Draw() < 0.5;
                x[j] = up[j] ? b : b + delta;
            }
            var order = Enumerable.Range(0, dimensions).ToArray();
            for (int i = dimensions - 1; i > 0; i--)
            {
                int j = (int)(Draw() * (i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            points.Add(((double[])x.Clone(), t, 0, -1));
            for (int k = 0; k < dimensions; k++)
            {
                int j = order[k];
                x[j] = Math.Clamp(x[j] + (up[j] ? delta : -delta), 0, 1);
                points.Add(((double[])x.Clone(), t, k + 1, j));
            }
        }
        return [.. points];
    }
}
