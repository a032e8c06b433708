namespace ClusterSim.Runner.Tables;

/// <summary>
/// The ids the panel writes: an entity's stable 64-bit key cut to its top 53 bits, so every tool holds it
/// exactly (pandas reads an integer column with nulls as float64, R and JSON hold integers to 2^53). The same
/// entity has the same id in every scenario of a comparison and after a resume, because its key does. Two keys
/// could share their top bits (about 1 in 10^4 for a million firms): the ids written in a replication are checked,
/// and a collision fails the run rather than join two firms' rows.
/// </summary>
internal sealed class PanelIds
{
    public const int Bits = 53;

    private readonly Dictionary<long, ulong> _seen = [];
    private int _replication = -1;

    /// <summary>The id of <paramref name="key"/>, which shares it with no other key written in <paramref name="replication"/>.</summary>
    /// <exception cref="RunFailedException">Two keys of the replication map to one id.</exception>
    public long Of(ulong key, int replication)
    {
        if (replication != _replication)
        {
            _seen.Clear();
            _replication = replication;
        }
        long id = (long)(key >> (64 - Bits));
        if (_seen.TryGetValue(id, out ulong other) && other != key)
            throw new RunFailedException($"replication {replication}: entity keys {other:x16} and {key:x16} share the panel id {id}; ids cannot be told apart, so the panel is not written (please report it)");
        _seen[id] = key;
        return id;
    }
}
