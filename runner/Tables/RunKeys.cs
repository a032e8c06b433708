using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Tables;

/// <summary>
/// The columns every table of a run starts with: the key <c>scenario,replication,tick,date</c>, then the
/// replication's <c>seed</c>, so a row says how to reproduce it without the manifest.
/// </summary>
internal sealed class RunKeys(Scenario scenario)
{
    public static readonly string[] Names = ["scenario", "replication", "tick", "date", "seed"];

    private readonly TextColumn _scenario = new("scenario", "The scenario's name.");
    private readonly IntColumn _replication = new("replication", "", "Replication, from 0; it runs on seed run.seed + replication.");
    private readonly IntColumn _tick = new("tick", "months", "Month of the run, from 0 (burn-in months are not written).");
    private readonly DateColumn _date = new("date", "Calendar month of the tick: run.start plus tick months (CSV YYYY-MM; Parquet DATE, its first day).");
    private readonly LongColumn _seed = new("seed", "", "Seed of the replication's random streams: run.seed + replication.");

    public TableColumn[] Columns => [_scenario, _replication, _tick, _date, _seed];

    /// <summary>Sets the key of the current row.</summary>
    public void Add(int replication, int tick)
    {
        _scenario.Add(scenario.Name);
        _replication.Add(replication);
        _tick.Add(tick);
        _date.Add(scenario.Run.Start.AddMonths(tick));
        _seed.Add(scenario.Run.SeedOf(replication));
    }
}
