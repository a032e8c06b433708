using ClusterSim.Loader;

namespace ClusterSim.Runner.Commands;

/// <summary>
/// The error contract of the commands that write output: bad input (a scenario error, a refused option,
/// folder or checkpoint) is reported on the log with exit 2; a fault of the machine (a full disk, a read-only
/// folder, a folder another run took) in one line naming the path and the cause, exit 1; cancellation exits
/// 130. In every case the output folder, written under a temporary name, is removed: nothing half-written
/// stays under a final name.
/// </summary>
internal static class ExitOnError
{
    /// <param name="log">Where errors go.</param>
    /// <param name="cancel">The command's cancellation.</param>
    /// <param name="body">The command; returns its exit code.</param>
    public static async Task<int> Run(TextWriter log, CancellationToken cancel, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (ScenarioException e)
        {
            foreach (var error in e.Errors) log.WriteLine(error);
            return ExitCodes.BadInput;
        }
        catch (Engine.Checkpoints.CheckpointException e)
        {
            log.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (BadInputException e)
        {
            log.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (Fault(e) is { } fault)
        {
            log.WriteLine($"error: {OneLine(fault.Message)}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            log.WriteLine("cancelled; no output folder was kept (a run keeps none of its replications unless it writes checkpoints)");
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>The file-system fault or failed run behind <paramref name="e"/> (the writer task and channels wrap them), or null for a bug.</summary>
    private static Exception? Fault(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException or RunFailedException => e,
        AggregateException { InnerExceptions: [var inner] } => Fault(inner),
        System.Threading.Channels.ChannelClosedException { InnerException: { } inner } => Fault(inner),
        _ => null,
    };

    /// <summary>.NET's messages name the path; some span lines.</summary>
    private static string OneLine(string message) => string.Join(' ', message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
