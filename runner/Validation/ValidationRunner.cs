using System.Diagnostics;
using ClusterSim.Engine.Indicators;
using ClusterSim.Runner.Execution;

namespace ClusterSim.Runner.Validation;

/// <summary>One simulated condition's cost, for the manifest and the time budget.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Overrides">Its overrides.</param>
/// <param name="Ticks">Ticks run.</param>
/// <param name="Replications">Replications run.</param>
/// <param name="Seconds">Wall time.</param>
public sealed record ArmTiming(string Scenario, IReadOnlyList<string> Overrides, int Ticks, int Replications, double Seconds);

/// <summary>A scorecard row: the check and what it found.</summary>
public sealed record CheckResult(ValidationCheck Check, CheckOutcome Outcome);

/// <summary>
/// Runs a <see cref="ValidationPlan"/>: each distinct condition once (its replications on seeds seed + r, as
/// <c>run</c> and <c>compare</c> do), every value the checks ask of it computed as soon as its runs end and its
/// outputs dropped, so memory holds one condition's outputs at a time; then every check is judged.
/// </summary>
public static class ValidationRunner
{
    public static async Task<(IReadOnlyList<CheckResult> Results, IReadOnlyList<ArmTiming> Timings, IReadOnlyList<ArmFigures> Figures)> Run(
        ValidationPlan plan, int threads, RunProgress progress, CancellationToken cancel)
    {
        var values = new Dictionary<(string Arm, string Measure), double[]>();
        var timings = new List<ArmTiming>();
        var figures = new List<ArmFigures>();
        var arms = plan.Arms;
        var measuresOf = plan.Checks.SelectMany(c => c.Requests).GroupBy(r => r.Arm.Id)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Measure).DistinctBy(m => m.Key).ToList());
        var scenarios = arms.Select(a => plan.Scenarios[a.Id].Scenario).ToList();
        await progress.Run("validate", async () =>
        {
            for (int i = 0; i < arms.Count; i++)
            {
                var arm = arms[i];
                var scenario = scenarios[i];
                var measures = measuresOf[arm.Id];
                bool panel = measures.Any(m => m.NeedsPanel);
                var rows = Enumerable.Range(0, scenario.Run.Replications).Select(_ => new List<IndicatorRow>()).ToArray();
                var records = Enumerable.Range(0, scenario.Run.Replications).Select(_ => new List<PanelRecord>()).ToArray();
                var clock = Stopwatch.StartNew();
                await SimulationDriver.Run([scenario], threads, panel, output =>
                {
                    rows[output.Row.Replication].Add(output.Row);
                    if (output.Panel is { } p) records[output.Row.Replication].AddRange(p);
                }, progress, cancel);
                var outputs = rows.Select((r, k) => new ReplicationOutput(scenario, r, records[k])).ToArray();
                foreach (var m in measures) values[(arm.Id, m.Key)] = outputs.Select(m.Of).ToArray();
                if (ArmFigures.From(scenario.Name, measures, outputs) is { IsEmpty: false } drawn && figures.All(f => f.Scenario != drawn.Scenario)) figures.Add(drawn);
                timings.Add(new ArmTiming(scenario.Name, arm.Set, scenario.Run.Ticks, scenario.Run.Replications, Math.Round(clock.Elapsed.TotalSeconds, 3)));
            }
        });
        var results = plan.Checks.Select(c => new CheckResult(c, c.Judge(c.Requests.Select(r => values[(r.Arm.Id, r.Measure.Key)]).ToList()))).ToList();
        return (results, timings, figures);
    }
}
