using ClusterSim.Loader;

namespace ClusterSim.Runner.Validation;

/// <summary>
/// A condition simulated for validation: a scenario file with overrides, run for some ticks and replications on a
/// seed. Checks that ask for the same condition share its runs; conditions of one check share the seed, so
/// replication r of each is paired (common random numbers, as in <c>compare</c>).
/// </summary>
/// <param name="File">Full path of the scenario file.</param>
/// <param name="Set">Overrides KEY=VALUE, in the order applied.</param>
/// <param name="Ticks">Ticks, or null for the scenario's.</param>
/// <param name="Replications">Replications.</param>
/// <param name="Seed">The seed of replication 0.</param>
public sealed record ArmKey(string File, IReadOnlyList<string> Set, int? Ticks, int Replications, long Seed)
{
    public string Id => $"{File}|{string.Join(";", Set)}|{Ticks}|{Replications}|{Seed}";

    public ScenarioOverrides Overrides => new(Set, Seed, Replications, Ticks);
}

/// <summary>A number a check needs from every replication of one condition.</summary>
public sealed record MeasureRequest(ArmKey Arm, Measure Measure);

/// <summary>
/// One row of the scorecard before it runs: a target or fact in one region, the values it needs and how they
/// are judged. <see cref="Judge"/> receives the values of <see cref="Requests"/>, in order, one per replication.
/// </summary>
/// <param name="File">The validation or fact file, relative to the library.</param>
/// <param name="Id">id, or id/part.</param>
/// <param name="IsFact">A stylised fact or intervention direction (else an empirical target).</param>
/// <param name="Title">The target or claim in words.</param>
/// <param name="Source">Its source or seed passage.</param>
/// <param name="Region">The scenario (region) it was checked in, by name.</param>
/// <param name="Form">How it is posed: target, level, within_run, paired, interaction, ranking, across_regions, panel, not_posable.</param>
/// <param name="Conditions">The conditions compared, in words.</param>
/// <param name="Statistic">The statistic or outcome, in words.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Reference">The source's point value, or NaN.</param>
/// <param name="Requests">The values needed.</param>
/// <param name="Judge">The verdict from them.</param>
public sealed record ValidationCheck(
    string File, string Id, bool IsFact, string Title, string Source, string Region, string Form, string Conditions,
    string Statistic, string Unit, double Reference, IReadOnlyList<MeasureRequest> Requests, Func<IReadOnlyList<double[]>, CheckOutcome> Judge);
