using System.Runtime.CompilerServices;

namespace ClusterSim.Engine.Randomness;

/// <summary>
/// Sequential draws for one (seed, purpose, tick, entity). Draw i uses word i mod 4 of Philox block
/// i / 4, so the n-th number is the same whatever was drawn before it by other entities or threads.
/// A mutable struct: keep it in a local and pass it by ref.
/// </summary>
internal struct RandomStream
{
    private const double TwoPowMinus53 = 1.0 / (1UL << 53);
    private readonly uint _k0, _k1, _tick, _keyLo, _keyHi;
    private Block128 _block;
    private uint _blockIndex;
    private int _word;

    internal RandomStream(uint k0, uint k1, uint tick, ulong entityKey)
    {
        _k0 = k0;
        _k1 = k1;
        _tick = tick;
        _keyLo = (uint)entityKey;
        _keyHi = (uint)(entityKey >> 32);
        _blockIndex = 0;
        _word = 4;
        _block = default;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint NextUInt()
    {
        if (_word == 4)
        {
            _block = Philox4x32.Generate(_blockIndex, _tick, _keyLo, _keyHi, _k0, _k1);
            _blockIndex++;
            _word = 0;
        }
        return _block[_word++];
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble()
    {
        ulong hi = NextUInt();
        ulong lo = NextUInt();
        return (((hi << 32) | lo) >> 11) * TwoPowMinus53;
    }

    /// <summary>A uniform integer in [0, n) by Lemire's multiply-shift with rejection (no modulo bias).</summary>
    public int NextInt(int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n));
        ulong m = (ulong)NextUInt() * (uint)n;
        uint low = (uint)m;
        if (low < (uint)n)
        {
            uint threshold = (uint)-n % (uint)n;
            while (low < threshold)
            {
                m = (ulong)NextUInt() * (uint)n;
                low = (uint)m;
            }
        }
        return (int)(m >> 32);
    }

    public bool Bernoulli(double p) => NextDouble() < p;

    /// <summary>A standard normal by Box–Muller (both uniforms drawn, one value returned, so the draw count is fixed).</summary>
    public double NextNormal()
    {
        double u1 = 1.0 - NextDouble();
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>
    /// A Poisson count: by inversion for λ ≤ 30, by the normal approximation round(λ + √λ·Z) above,
    /// where inversion would underflow e^−λ and the approximation's error is below 1 %.
    /// </summary>
    public int NextPoisson(double mean)
    {
        if (mean <= 0) return 0;
        if (mean > 30) return (int)Math.Max(0, Math.Round(mean + Math.Sqrt(mean) * NextNormal()));
        double u = NextDouble();
        double p = Math.Exp(-mean), cdf = p;
        int k = 0;
        while (u > cdf && k < 1000)
        {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }
}
