namespace ClusterSim.Engine.Randomness;

/// <summary>
/// The run's random numbers: every draw is Philox4x32-10 at counter (block, tick, entity key) under a
/// key derived from (run seed, purpose). Immutable and thread-safe; streams are cheap value types.
/// </summary>
internal sealed class RandomSource
{
    private readonly (uint K0, uint K1)[] _purposeKeys;

    public RandomSource(ulong seed)
    {
        Seed = seed;
        uint maxPurpose = 0;
        foreach (var p in Enum.GetValues<Purpose>()) maxPurpose = Math.Max(maxPurpose, (uint)p);
        _purposeKeys = new (uint, uint)[maxPurpose + 1];
        for (uint p = 0; p <= maxPurpose; p++)
        {
            // The purpose key is itself a Philox output under the seed, so distinct purposes get
            // unrelated keys rather than keys that differ in a few bits.
            var b = Philox4x32.Generate(p, 0x5EED_0001, 0, 0, (uint)seed, (uint)(seed >> 32));
            _purposeKeys[p] = (b.X0, b.X1);
        }
    }

    public ulong Seed { get; }

    /// <summary>The stream of draws for one entity, purpose and tick; its draws are numbered from 0.</summary>
    public RandomStream Stream(Purpose purpose, int tick, ulong entityKey)
    {
        var (k0, k1) = _purposeKeys[(uint)purpose];
        return new RandomStream(k0, k1, (uint)tick, entityKey);
    }
}
