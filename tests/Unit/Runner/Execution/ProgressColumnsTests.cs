using ClusterSim.Runner.Execution;
using Spectre.Console;

namespace ClusterSim.Tests.Runner.Execution;

/// <summary>The terminal bar reads without colour: done and remaining parts differ by character, and both times are labelled.</summary>
public class ProgressColumnsTests
{
    private static string Render(ProgressColumn column, ProgressTask task)
    {
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(text), ColorSystem = ColorSystemSupport.NoColors, Ansi = AnsiSupport.No });
        console.Write(column.Render(new Spectre.Console.Rendering.RenderOptions(console.Profile.Capabilities, new Size(120, 10)), task, TimeSpan.Zero));
        return text.ToString().Trim();
    }

    [Test]
    public void TheBarShowsDoneAndRemainingAsDifferentCharacters()
    {
        var task = new ProgressTask(1, "run", maxValue: 100) { Value = 40 };
        Assert.That(Render(new TextBarColumn(), task), Is.EqualTo("[" + new string('#', 12) + new string('.', 18) + "]"));
    }

    [Test]
    public void ElapsedAndRemainingTimesAreLabelled()
    {
        var task = new ProgressTask(1, "run", maxValue: 100);
        Assert.That(Render(new LabelledTimesColumn(), task), Does.StartWith("elapsed ").And.EndWith(", left …"), "nothing done: remaining unknown");
        Assert.That(LabelledTimesColumn.Format(TimeSpan.FromSeconds(75)), Is.EqualTo("1:15"));
        Assert.That(LabelledTimesColumn.Format(TimeSpan.FromMinutes(125)), Is.EqualTo("2:05:00"));
    }
}
