using System.Runtime.CompilerServices;

namespace ClusterSim.Engine.Randomness;

/// <summary>
/// Philox 4x32-10 (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3", SC'11), as in Random123.
/// A pure function of a 128-bit counter and a 64-bit key: no state, so any draw can be recomputed
/// from its coordinates on any thread, in any order, after any checkpoint.
/// </summary>
internal static class Philox4x32
{
    private const uint M0 = 0xD2511F53;
    private const uint M1 = 0xCD9E8D57;
    private const uint W0 = 0x9E3779B9;
    private const uint W1 = 0xBB67AE85;

    /// <summary>Ten rounds of Philox on (c0..c3) under key (k0, k1); returns the four output words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Block128 Generate(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1)
    {
        for (int round = 0; round < 10; round++)
        {
            if (round > 0)
            {
                k0 += W0;
                k1 += W1;
            }
            ulong p0 = (ulong)M0 * c0;
            ulong p1 = (ulong)M1 * c2;
            uint hi0 = (uint)(p0 >> 32), lo0 = (uint)p0;
            uint hi1 = (uint)(p1 >> 32), lo1 = (uint)p1;
            c0 = hi1 ^ c1 ^ k0;
            c1 = lo1;
            c2 = hi0 ^ c3 ^ k1;
            c3 = lo0;
        }
        return new Block128(c0, c1, c2, c3);
    }
}

/// <summary>The four 32-bit words of one Philox output block.</summary>
internal readonly record struct Block128(uint X0, uint X1, uint X2, uint X3)
{
    public uint this[int i] => i switch { 0 => X0, 1 => X1, 2 => X2, _ => X3 };
}
