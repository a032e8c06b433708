namespace ClusterSim.Engine.Randomness;

/// <summary>
/// The engine's counter-based generator (Philox4x32-10) as a pure function, for the few draws made outside a
/// simulation, such as a report's bootstrap: the same key and counter give the same number on any machine and
/// thread count, so such results are as reproducible as the model's.
/// </summary>
public static class CounterRandom
{
    private const double TwoPowMinus53 = 1.0 / (1UL << 53);

    /// <summary>A uniform draw in [0, 1) for (<paramref name="key"/>, <paramref name="counter"/>).</summary>
    public static double Uniform(ulong key, ulong counter)
    {
        var b = Philox4x32.Generate((uint)counter, (uint)(counter >> 32), 0xB007_57A9, 0, (uint)key, (uint)(key >> 32));
        return ((((ulong)b.X1 << 32) | b.X0) >> 11) * TwoPowMinus53;
    }
}
