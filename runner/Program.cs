using System.CommandLine;
using System.Runtime.InteropServices;
using ClusterSim.Runner;
using ClusterSim.Runner.Commands;

// This file owns cancellation: Ctrl-C and SIGTERM cancel one token that every command observes;
// System.CommandLine's own handler is switched off so nothing else races it.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancel.Cancel();
});

var root = Cli.Root();

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("See 'clustersim --help'.");
    return ExitCodes.BadInput;
}
try
{
    int code = await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, cancel.Token);
    return cancel.IsCancellationRequested ? ExitCodes.Cancelled : code;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("cancelled");
    return ExitCodes.Cancelled;
}
