using System.Diagnostics;
using Spectre.Console;

namespace ClusterSim.Runner.Execution;

/// <summary>How a long command shows its progress on stderr.</summary>
public enum ProgressStyle
{
    /// <summary>Nothing (<c>--quiet</c>).</summary>
    None,
    /// <summary>One plain line every few seconds, for logs and batch jobs.</summary>
    Lines,
    /// <summary>A live progress bar, when stderr is a terminal.</summary>
    Bar,
}

/// <summary>
/// Progress of a command that simulates a known number of ticks: a Spectre.Console bar on a terminal, one plain
/// line every few seconds otherwise, nothing when quiet. Progress never goes to stdout.
/// </summary>
public sealed class RunProgress
{
    private static readonly TimeSpan DefaultLineInterval = TimeSpan.FromSeconds(5);
    private readonly TimeSpan _lineInterval;
    private readonly ProgressStyle _style;
    private readonly TextWriter _log;
    private readonly long _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Stopwatch _sinceLine = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private long _done;
    private ProgressTask? _bar;
    private string _label = "";
    private readonly Stopwatch _sinceDescription = Stopwatch.StartNew();

    /// <param name="style">How to show progress.</param>
    /// <param name="log">Where plain lines go.</param>
    /// <param name="totalTicks">Ticks the whole command simulates.</param>
    /// <param name="lineInterval">Time between plain lines (default 5 s).</param>
    public RunProgress(ProgressStyle style, TextWriter log, long totalTicks, TimeSpan? lineInterval = null)
    {
        _style = style;
        _lineInterval = lineInterval ?? DefaultLineInterval;
        _log = log;
        _total = Math.Max(1, totalTicks);
    }

    /// <summary>The style for a command: none when quiet, a bar when the log is a terminal's stderr, lines otherwise.</summary>
    /// <param name="quiet">The <c>--quiet</c> option.</param>
    /// <param name="log">The command's log.</param>
    public static ProgressStyle StyleFor(bool quiet, TextWriter log) =>
        quiet ? ProgressStyle.None : log == Console.Error && !Console.IsErrorRedirected ? ProgressStyle.Bar : ProgressStyle.Lines;

    /// <summary>Runs <paramref name="work"/>, showing its progress while it runs.</summary>
    /// <param name="label">What is running, shown beside the bar.</param>
    /// <param name="work">The work; it calls <see cref="Advance"/> after each tick.</param>
    public async Task Run(string label, Func<Task> work)
    {
        if (_style != ProgressStyle.Bar)
        {
            await work();
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new TextBarColumn(), new PercentageColumn(), new LabelledTimesColumn())
            .StartAsync(async context =>
            {
                _label = label;
                _bar = context.AddTask(Markup.Escape(label), maxValue: _total);
                await work();
                _bar.Value = _total;
            });
    }

    /// <summary>One tick done; safe to call from several threads.</summary>
    /// <param name="status">Where the work stands, for the plain line (e.g. "replication 2/10, tick 40/120").</param>
    public void Advance(Func<string> status)
    {
        // Replications running side by side advance from several threads.
        long done = Interlocked.Increment(ref _done);
        if (_style == ProgressStyle.None) return;
        lock (_lock)
        {
            if (_style == ProgressStyle.Bar && _bar is not null)
            {
                _bar.Increment(1);
                // Where the work stands (replication and tick) beside the label, a few times a second.
                if (_sinceDescription.ElapsedMilliseconds >= 200)
                {
                    _bar.Description = Markup.Escape($"{_label}: {status()}");
                    _sinceDescription.Restart();
                }
            }
            else if (_sinceLine.Elapsed >= _lineInterval)
            {
                _log.WriteLine($"{status()}, {100.0 * done / _total:F0} %, {_clock.Elapsed.TotalSeconds:F0} s");
                _sinceLine.Restart();
            }
        }
    }
}
