using System.CommandLine;
using ClusterSim.Runner.Commands;

namespace ClusterSim.Tests.Runner.Commands;

/// <summary>Options the commands share are declared once, so every command checks them alike.</summary>
public class SimulationOptionsTests
{
    private static IEnumerable<TestCaseData> Commands()
    {
        yield return new TestCaseData(RunCommand.Create(), new[] { "a.yaml" }).SetArgDisplayNames("run");
        yield return new TestCaseData(CompareCommand.Create(), new[] { "a.yaml" }).SetArgDisplayNames("compare");
        yield return new TestCaseData(CheckCommand.Create(), new[] { "a.yaml" }).SetArgDisplayNames("check");
        yield return new TestCaseData(ResumeCommand.Create(), new[] { "a.ckpt" }).SetArgDisplayNames("resume");
    }

    [TestCaseSource(nameof(Commands))]
    public void EveryCommandRefusesZeroThreadsWithTheSameMessage(Command command, string[] args)
    {
        var errors = command.Parse([.. args, "--threads", "0"]).Errors.Select(e => e.Message);
        Assert.That(errors, Is.EqualTo(new[] { "--threads 0: must be at least 1" }));
        Assert.That(command.Parse([.. args, "--threads", "2"]).Errors, Is.Empty);
    }

    [TestCaseSource(nameof(Commands))]
    public void ANonNumberOfThreadsIsNamedInWordsNotADotNetType(Command command, string[] args)
    {
        var errors = command.Parse([.. args, "--threads", "abc"]).Errors.Select(e => e.Message).ToList();
        Assert.That(errors, Is.EqualTo(new[] { "--threads abc: expected a whole number of threads, at least 1" }));
        Assert.That(string.Join(' ', errors), Does.Not.Contain("System."));
    }

    [Test]
    public void RunsHelpSaysACancelledRunKeepsNoneOfItsReplications() =>
        Assert.That(RunCommand.Create().Description, Does.Contain("a cancelled or failed run keeps none of its replications, unless --checkpoint-every"));
}
