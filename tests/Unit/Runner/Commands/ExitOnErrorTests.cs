using ClusterSim.Runner;
using ClusterSim.Runner.Commands;

namespace ClusterSim.Tests.Runner.Commands;

/// <summary>The error contract: a fault of the machine ends in one line naming path and cause, exit 1.</summary>
public class ExitOnErrorTests
{
    private static (int Code, string Log) Run(Exception fault)
    {
        var log = new StringWriter();
        int code = ExitOnError.Run(log, CancellationToken.None, () => throw fault).GetAwaiter().GetResult();
        return (code, log.ToString());
    }

    [Test]
    public void AnInjectedIOExceptionEndsInOneLineWithExit1()
    {
        var (code, log) = Run(new IOException("No space left on device : '/scratch/out/.run.tmp-1/panel.csv'"));
        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
        Assert.That(log, Is.EqualTo("error: No space left on device : '/scratch/out/.run.tmp-1/panel.csv'" + Environment.NewLine));
    }

    [Test]
    public void AFaultWrappedByTheWriterTaskIsUnwrapped()
    {
        var (code, log) = Run(new AggregateException(new UnauthorizedAccessException("Access to the path '/ro/out' is denied.")));
        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
        Assert.That(log.Trim(), Is.EqualTo("error: Access to the path '/ro/out' is denied."));
    }

    [Test]
    public void ABugIsNotDressedAsAFault() =>
        Assert.Throws<InvalidOperationException>(() => Run(new InvalidOperationException("a bug")));
}
