namespace ClusterSim.Runner.Sweeps.Designs;

/// <summary>
/// The Sobol low-discrepancy sequence in up to 41 dimensions, unscrambled, with the direction numbers of Joe and Kuo
/// (2008, SIAM J. Sci. Comput. 30:2635; the file new-joe-kuo-6.21201), by Gray-code order as in their generator: point 0
/// is the origin, point 1 is (½, …, ½). 52 bits per coordinate, so 2^52 points per dimension are distinct.
/// </summary>
public sealed class SobolSequence
{
    private const int Bits = 52;

    // For dimensions 2, 3, …: the degree s is the count of initial direction numbers, a the polynomial's coefficients.
    private static readonly (uint A, uint[] M)[] Directions =
    [
        (0, [1]), (1, [1, 3]), (1, [1, 3, 1]), (2, [1, 1, 1]), (1, [1, 1, 3, 3]), (4, [1, 3, 5, 13]),
        (2, [1, 1, 5, 5, 17]), (4, [1, 1, 5, 5, 5]), (7, [1, 1, 7, 11, 19]), (11, [1, 1, 5, 1, 1]), (13, [1, 1, 1, 3, 11]),
        (14, [1, 3, 5, 5, 31]), (1, [1, 3, 3, 9, 7, 49]), (13, [1, 1, 1, 15, 21, 21]), (16, [1, 3, 1, 13, 27, 49]),
        (19, [1, 1, 1, 15, 7, 5]), (22, [1, 3, 1, 15, 13, 25]), (25, [1, 1, 5, 5, 19, 61]), (1, [1, 3, 7, 11, 23, 15, 103]),
        (4, [1, 3, 7, 13, 13, 15, 69]), (7, [1, 1, 3, 13, 7, 35, 63]), (8, [1, 3, 5, 9, 1, 25, 53]), (14, [1, 3, 1, 13, 9, 35, 107]),
        (19, [1, 3, 1, 5, 27, 61, 31]), (21, [1, 1, 5, 11, 19, 41, 61]), (28, [1, 3, 5, 3, 3, 13, 69]), (31, [1, 1, 7, 13, 1, 19, 1]),
        (32, [1, 3, 7, 5, 13, 19, 59]), (37, [1, 1, 3, 9, 25, 29, 41]), (41, [1, 3, 5, 13, 23, 1, 55]), (42, [1, 3, 7, 3, 13, 59, 17]),
        (50, [1, 3, 1, 3, 5, 53, 69]), (55, [1, 1, 5, 5, 23, 33, 13]), (56, [1, 1, 7, 7, 1, 61, 123]), (59, [1, 1, 7, 9, 13, 61, 49]),
        (62, [1, 3, 3, 5, 3, 55, 33]), (14, [1, 3, 1, 15, 31, 13, 49, 245]), (21, [1, 3, 5, 15, 31, 59, 63, 97]),
        (22, [1, 3, 1, 11, 11, 11, 77, 249]), (38, [1, 3, 1, 11, 27, 43, 71, 9]),
    ];

    /// <summary>The most dimensions the table supports.</summary>
    public static int MaxDimensions => Directions.Length + 1;

    private readonly ulong[][] _v;
    private readonly ulong[] _x;
    private long _index;

    public SobolSequence(int dimensions)
    {
        if (dimensions < 1 || dimensions > MaxDimensions)
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, $"the Sobol sequence here has 1 to {MaxDimensions} dimensions");
        _x = new ulong[dimensions];
        _v = new ulong[dimensions][];
        for (int d = 0; d < dimensions; d++)
        {
            var v = new ulong[Bits + 1];
            if (d == 0)
            {
                for (int j = 1; j <= Bits; j++) v[j] = 1UL << (Bits - j);
            }
            else
            {
                var (a, m) = Directions[d - 1];
                int s = m.Length;
                for (int j = 1; j <= Math.Min(s, Bits); j++) v[j] = (ulong)m[j - 1] << (Bits - j);
                for (int j = s + 1; j <= Bits; j++)
                {
                    v[j] = v[j - s] ^ (v[j - s] >> s);
                    for (int k = 1; k < s; k++) v[j] ^= ((a >> (s - 1 - k)) & 1) * v[j - k];
                }
            }
            _v[d] = v;
        }
    }

    /// <summary>The next point, in [0, 1) in each dimension; the first is the origin.</summary>
    public double[] Next()
    {
        var point = new double[_x.Length];
        if (_index > 0)
        {
            // Gray code: point i differs from point i − 1 in the direction number of the lowest zero bit of i − 1.
            int c = 1;
            for (long value = _index - 1; (value & 1) != 0; value >>= 1) c++;
            for (int d = 0; d < _x.Length; d++) _x[d] ^= _v[d][c];
        }
        for (int d = 0; d < _x.Length; d++) point[d] = _x[d] / (double)(1UL << Bits);
        _index++;
        return point;
    }
}
