using ClusterSim.Runner.Commands;

namespace ClusterSim.Tests.Runner.Commands;

public class ScheduleCommandTests
{
    private static (int Code, string[] Lines, string Log) Run(string? file)
    {
        var output = new StringWriter();
        var log = new StringWriter();
        int code = ScheduleCommand.Execute(file, output, log);
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), log.ToString());
    }

    [Test]
    public void PrintsThePhasesAsDocsModelMdListsThem()
    {
        // docs/model.md §3's table is the reader's reference: the command must print the same order and switches.
        string doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "model.md"));
        var documented = System.Text.RegularExpressions.Regex.Matches(doc, @"^\| (\d+) \| `([a-z_]+)` \| (?:`([a-z_]+)`|always) \|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => $"{m.Groups[1].Value}\t{m.Groups[2].Value}\t{(m.Groups[3].Success ? m.Groups[3].Value : "always")}");
        var (code, lines, _) = Run(null);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(lines.Select(l => string.Join('\t', l.Split('\t')[..3])), Is.EqualTo(documented));
    }

    [Test]
    public void WithAScenarioSaysWhichPhasesItRuns()
    {
        string path = Path.Combine(TestPaths.TempDir(), "no_spinoffs.yaml");
        File.WriteAllText(path, $"extends: {TestPaths.Scenario("baseline.yaml")}\nname: no_spinoffs\nmechanisms: {{spinoffs: false}}\n");
        var (code, lines, _) = Run(path);
        Assert.That(code, Is.EqualTo(0));
        string RunsOf(string phase) => lines.Single(l => l.Split('\t')[1] == phase).Split('\t')[3];
        Assert.That(RunsOf("found_spinoffs"), Is.EqualTo("off"));
        Assert.That(RunsOf("hire_workers"), Is.EqualTo("on"));
        Assert.That(RunsOf("rank_knowledge"), Is.EqualTo("on"), "a phase without a switch always runs");
    }

    [Test]
    public void ABadScenarioIsBadInput()
    {
        var (code, lines, log) = Run(Path.Combine(TestPaths.TempDir(), "missing.yaml"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(lines, Is.Empty, "nothing on stdout");
        Assert.That(log, Does.Contain("missing.yaml:1:1: error:"));
    }
}
