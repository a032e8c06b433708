using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace ClusterSim.Runner.Execution;

/// <summary>
/// The generic host the long batch commands (sweep, merge) run in: logging through Microsoft.Extensions.Logging to
/// stderr, one plain line per message as every command writes them, and the console lifetime, which turns SIGTERM
/// (Slurm's time limit, scancel) and Ctrl-C into a graceful stop. Cancellation keeps one owner: the host's stopping
/// cancels the command's own token (Program.cs's), so a stop finishes or drops runs whole and exits 130 as every
/// command does. run, compare and resume keep their start-up without a host (about 135 ms a process).
/// </summary>
internal static class CommandHost
{
    public static async Task<int> Run(CancellationToken cancel, Func<TextWriter, CancellationToken, Task<int>> command)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddConsole(o =>
        {
            o.FormatterName = PlainFormatter.Name;
            o.LogToStandardErrorThreshold = LogLevel.Trace;
        }).AddConsoleFormatter<PlainFormatter, ConsoleFormatterOptions>();
        builder.Services.AddSingleton<IHostLifetime, Microsoft.Extensions.Hosting.Internal.ConsoleLifetime>();
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        using var host = builder.Build();
        await host.StartAsync(CancellationToken.None);
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel, lifetime.ApplicationStopping);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("clustersim");
        int code;
        await using (var log = new LoggerWriter(logger)) code = await command(log, stop.Token);
        bool stopped = stop.IsCancellationRequested; // before StopAsync, which stops the lifetime itself
        await host.StopAsync(CancellationToken.None);
        return stopped ? ExitCodes.Cancelled : code;
    }

    /// <summary>The message and nothing else: the commands' lines read the same with or without a host.</summary>
    private sealed class PlainFormatter() : ConsoleFormatter(Name)
    {
        public new const string Name = "clustersim-plain";

        public override void Write<TState>(in LogEntry<TState> logEntry, Microsoft.Extensions.Logging.IExternalScopeProvider? scopeProvider, TextWriter textWriter) =>
            textWriter.WriteLine(logEntry.Formatter(logEntry.State, logEntry.Exception));
    }

    /// <summary>A TextWriter whose lines become log messages: errors ("error: …") at Error, the rest at Information.</summary>
    private sealed class LoggerWriter(ILogger logger) : TextWriter
    {
        private readonly StringBuilder _line = new();
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_line)
            {
                if (value == '\n')
                {
                    string line = _line.ToString();
                    _line.Clear();
                    if (line.StartsWith("error:", StringComparison.Ordinal)) logger.LogError("{Line}", line);
                    else logger.LogInformation("{Line}", line);
                }
                else if (value != '\r') _line.Append(value);
            }
        }

        public override ValueTask DisposeAsync()
        {
            lock (_line)
                if (_line.Length > 0) Write('\n');
            return ValueTask.CompletedTask;
        }
    }
}
