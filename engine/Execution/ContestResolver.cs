namespace ClusterSim.Engine.Execution;

/// <summary>A claim by <see cref="Proposer"/> on one unit of <see cref="Target"/>'s capacity.</summary>
internal readonly record struct Proposal(int Target, ulong Priority, int Proposer) : IComparable<Proposal>
{
    public int CompareTo(Proposal other)
    {
        int c = Target.CompareTo(other.Target);
        if (c != 0) return c;
        c = Priority.CompareTo(other.Priority);
        return c != 0 ? c : Proposer.CompareTo(other.Proposer);
    }
}

/// <summary>
/// The resolve step of propose → resolve → apply: when many agents claim a scarce resource (workers
/// for a vacancy, slots in an incubator), winners are those with the lowest priority key, up to each
/// target's capacity. Priorities are hashes of (seed, tick, proposer), so who wins never depends on
/// which thread proposed first.
/// </summary>
internal static class ContestResolver
{
    /// <summary>
    /// Sorts <paramref name="proposals"/> by (target, priority, proposer) and moves the winners to the
    /// front; returns how many won. <paramref name="capacity"/> is indexed by target and is not changed.
    /// </summary>
    public static int Resolve(Span<Proposal> proposals, ReadOnlySpan<int> capacity)
    {
        proposals.Sort();
        int winners = 0, taken = 0, currentTarget = int.MinValue;
        for (int i = 0; i < proposals.Length; i++)
        {
            var p = proposals[i];
            if (p.Target != currentTarget)
            {
                currentTarget = p.Target;
                taken = 0;
            }
            if (taken < capacity[p.Target])
            {
                taken++;
                proposals[winners++] = p;
            }
        }
        return winners;
    }
}
