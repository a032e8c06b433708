using System.CommandLine;
using System.Diagnostics;
using System.Threading.Channels;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Runner.Output;
using Simulation = ClusterSim.Engine.Core.Simulation;

namespace ClusterSim.Runner.Commands;

/// <summary><c>clustersim run FILE.yaml</c>: simulate every replication of a scenario and write its outputs.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Scenario YAML file." };
        var outDir = new Option<string?>("--out") { Description = "Output folder (default: out/<name>/run-NNN, the next free number)." };
        var seed = new Option<long?>("--seed") { Description = "Run seed (overrides run.seed); replication r uses seed + r." };
        var threads = new Option<int>("--threads") { Description = "Total core budget.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var replications = new Option<int?>("--replications") { Description = "Replications (overrides run.replications)." };
        var ticks = new Option<int?>("--ticks") { Description = "Monthly ticks (overrides run.ticks)." };
        var set = new Option<string[]>("--set") { Description = "Override a scenario key: --set key.path=value (repeatable).", AllowMultipleArgumentsPerToken = false };
        var noPlots = new Option<bool>("--no-plots") { Description = "Do not write plots." };
        var force = new Option<bool>("--force") { Description = "Replace a non-empty --out folder." };

        var command = new Command("run", "Run a scenario and write manifest, resolved scenario, indicators and plots.")
        {
            file, outDir, seed, threads, replications, ticks, set, noPlots, force,
        };
        command.SetAction((parse, cancel) =>
        {
            var overrides = new List<string>();
            if (parse.GetValue(ticks) is int t) overrides.Add($"run.ticks={t}");
            if (parse.GetValue(seed) is long s) overrides.Add($"run.seed={s}");
            if (parse.GetValue(replications) is int r) overrides.Add($"run.replications={r}");
            overrides.AddRange(parse.GetValue(set) ?? []);
            var options = new RunOptions(parse.GetValue(file)!, parse.GetValue(outDir), parse.GetValue(threads), overrides,
                !parse.GetValue(noPlots), parse.GetValue(force));
            return Execute(options, Console.Error, cancel);
        });
        return command;
    }

    public sealed record RunOptions(string File, string? Out, int Threads, IReadOnlyList<string> Overrides, bool Plots, bool Force);

    public static async Task<int> Execute(RunOptions options, TextWriter log, CancellationToken cancel)
    {
        try
        {
            if (options.Threads < 1) throw new BadInputException($"--threads {options.Threads}: must be at least 1");
            var loaded = ScenarioLoader.Load(options.File, options.Overrides);
            using var folder = OutputFolder.Open(options.Out, loaded.Scenario.Name, options.Force);
            await Simulate(loaded, options, folder, log, cancel);
            folder.Commit();
            log.WriteLine($"wrote {folder.FinalPath}");
            return ExitCodes.Ok;
        }
        catch (ScenarioException e)
        {
            foreach (var error in e.Errors) log.WriteLine(error);
            return ExitCodes.BadInput;
        }
        catch (BadInputException e)
        {
            log.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            log.WriteLine("cancelled; no output was kept");
            return ExitCodes.Cancelled;
        }
    }

    private static async Task Simulate(LoadedScenario loaded, RunOptions options, OutputFolder folder, TextWriter log, CancellationToken cancel)
    {
        var scenario = loaded.Scenario;
        var run = scenario.Run;
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        string resolved = ScenarioWriter.Write(scenario);
        File.WriteAllText(folder.PathOf("resolved_scenario.yaml"), resolved);

        var bands = new IndicatorBands(scenario.Outputs.Plots);
        var executor = new ChunkedExecutor(options.Threads, run.ChunkSize);
        var rows = Channel.CreateBounded<IndicatorRow>(new BoundedChannelOptions(256) { SingleReader = true, SingleWriter = true });
        var writer = Task.Run(async () =>
        {
            using var csv = new IndicatorCsvWriter(folder.PathOf("indicators.csv"), scenario.Name, run.Start);
            await foreach (var row in rows.Reader.ReadAllAsync(CancellationToken.None))
            {
                csv.Write(row);
                bands.Add(row);
            }
        }, CancellationToken.None);

        var progress = Stopwatch.StartNew();
        try
        {
            for (int r = 0; r < run.Replications; r++)
            {
                var simulation = new Simulation(scenario, r, executor);
                while (simulation.State.Tick < run.Ticks)
                {
                    cancel.ThrowIfCancellationRequested();
                    var row = simulation.Step();
                    if (row.Tick >= run.BurnInTicks) await rows.Writer.WriteAsync(row, cancel);
                    if (progress.Elapsed.TotalSeconds >= 5)
                    {
                        log.WriteLine($"replication {r + 1}/{run.Replications}, tick {row.Tick + 1}/{run.Ticks}, {clock.Elapsed.TotalSeconds:F0} s");
                        progress.Restart();
                    }
                }
            }
        }
        finally
        {
            rows.Writer.Complete();
            await writer;
        }

        if (options.Plots) PlotWriter.Write(bands, scenario.Name, run.Start, run.Replications, folder.PathOf);
        Manifest.Create(loaded, options.Overrides, resolved, options.Threads, started, clock.Elapsed.TotalSeconds)
            .WriteTo(folder.PathOf("manifest.json"));
    }
}
