using ClusterSim.Loader;

namespace ClusterSim.Runner.Commands;

/// <summary>
/// The error contract of the commands that write output: bad input (a scenario error, a refused option,
/// folder or checkpoint) is reported on the log with exit 2; cancellation exits 130 and keeps no output.
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
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            log.WriteLine("cancelled; no output was kept");
            return ExitCodes.Cancelled;
        }
    }
}
