using System.Text.RegularExpressions;
using ClusterSim.Runner.Commands;

namespace ClusterSim.Tests.Docs;

/// <summary>What README.md says the code has: its count of levers and its list of commands.</summary>
public class ReadmeDocTests
{
    [Test]
    public void TheReadmeCountsTheLeversThereAre()
    {
        // The summary says how many levers in words; the registry decides.
        string[] words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["", "", "twenty", "thirty", "forty"];
        int n = ClusterSim.Engine.Policies.Levers.All.Count;
        string word = n < 20 ? words[n] : n % 10 == 0 ? tens[n / 10] : $"{tens[n / 10]}-{words[n % 10]}";
        string readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        Assert.That(readme, Does.Contain($"{char.ToUpperInvariant(word[0])}{word[1..]} policy levers"));
    }

    [Test]
    public void TheCommandsReadmeListsAreTheCommandLinesInItsOrder()
    {
        string readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        var list = Regex.Match(readme, @"`clustersim --help` lists the commands \(([^)]*)\)");
        Assert.That(list.Success, Is.True, "README.md says which commands --help lists");
        var named = Regex.Matches(list.Groups[1].Value, "`([a-z]+)`").Select(m => m.Groups[1].Value);
        Assert.That(named, Is.EqualTo(Cli.Root().Subcommands.Select(c => c.Name)));
    }
}
