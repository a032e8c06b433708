namespace ClusterSim.Engine.Randomness;

/// <summary>
/// Stable 64-bit identities for agents, independent of table rows. An agent present at the start is
/// keyed by (its table, its index in the generated region); an agent created during the run by
/// (its creator's key, tick, draw index). A variant scenario that creates one extra firm therefore
/// leaves the key, and so every draw, of every other agent unchanged.
/// </summary>
internal static class EntityKey
{
    /// <summary>Which table an initial agent belongs to; part of its key.</summary>
    public enum Table : ulong { Firm = 1, Person = 2, Institution = 3, Park = 4, Region = 5 }

    public static ulong Initial(Table table, long index) => Mix(Mix((ulong)table * 0x9E3779B97F4A7C15UL) ^ (ulong)index);

    public static ulong Child(ulong creatorKey, int tick, int drawIndex) =>
        Mix(Mix(creatorKey ^ 0xD6E8FEB86659FD93UL) ^ ((ulong)(uint)tick << 32 | (uint)drawIndex));

    /// <summary>SplitMix64's finaliser: a bijection on 64 bits with full avalanche.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
