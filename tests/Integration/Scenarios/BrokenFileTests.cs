using System.Text;
using ClusterSim.Runner;

namespace ClusterSim.Tests.Scenarios;

/// <summary>
/// A corpus of broken files: each gets a clear error with a position (FILE:LINE:COL) from <c>check</c> and
/// from <c>run</c>, exit code 2, no stack trace, and nothing written.
/// </summary>
public class BrokenFileTests
{
    private const string Good = "format_version: 1\nname: broken\nrun:\n  ticks: 12\n  seed: 1\n";

    public static IEnumerable<TestCaseData> Corpus()
    {
        TestCaseData Case(string name, string text, string expected) => new TestCaseData(name, Encoding.UTF8.GetBytes(text), expected).SetName(name);
        yield return Case("typo", Good + "regoin:\n  localities: 3\n", "did you mean 'region'");
        yield return Case("wrong_type", Good + "population:\n  people: many\n", "expected an integer");
        yield return Case("bad_indentation", "format_version: 1\nname: x\nrun:\n  ticks: 12\n seed: 1\n", "YAML syntax");
        yield return Case("tabs", "format_version: 1\nname: x\nrun:\n\tticks: 12\n", "YAML syntax");
        yield return Case("unclosed_bracket", Good + "outputs:\n  plots: [firms_alive, employment\n", "YAML syntax");
        yield return Case("unclosed_quote", Good + "description: \"never closed\n", "YAML syntax");
        yield return Case("huge_number", Good + "population:\n  people: 99999999999999999999999\n", "population.people");
        yield return Case("huge_float", Good + "region:\n  business_climate: 1e999\n", "finite number");
        yield return Case("negative_count", Good + "population:\n  people: -100\n", "out of range");
        yield return Case("empty", "", "empty");
        yield return Case("only_comments", "# nothing here\n", "empty");
        yield return Case("not_a_mapping", "- a\n- b\n", "expected a mapping");
        yield return Case("duplicate_key", Good + "name: again\n", "duplicate key");
        yield return Case("missing_park", Good + "policies:\n  rent_subsidy: {value: 0.5, target: 'park:nowhere'}\n", "nowhere");
        yield return Case("missing_institution", Good + "institutions:\n  parks:\n    - {name: p, model: campus_applied_research, host_institution: ghost}\n", "ghost");
        yield return Case("lever_on_wrong_target", Good + "policies:\n  rd_subsidy: {value: 0.5, target: 'park:x'}\n", "policies.rd_subsidy.target");
        yield return Case("deep_nesting", Good + "description: " + new string('[', 5000) + new string(']', 5000) + "\n", "nested more than");
        yield return Case("deep_block_nesting", Good + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "k:\n")), "nested more than");
        yield return new TestCaseData("binary_garbage", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray(), "UTF-8").SetName("binary_garbage");
        yield return new TestCaseData("nul_bytes", Encoding.UTF8.GetBytes(Good + "\0\0\0"), "NUL").SetName("nul_bytes");
        yield return new TestCaseData("ten_megabytes", Encoding.UTF8.GetBytes(Good + "description: |\n" + string.Concat(Enumerable.Repeat("  lorem ipsum dolor sit amet\n", 400_000))), "at most 1 MB").SetName("ten_megabytes");
        yield return Case("anchor_alias", Good + "region: &r {localities: 3}\npopulation: *r\n", "anchors");
        yield return Case("extends_missing", "extends: nowhere.yaml\nname: x\n", "does not exist");
        yield return Case("extends_not_a_path", "extends: [a, b]\nname: x\n", "path of the base file");
        yield return Case("shares_not_adding_up", Good + "region:\n  localities: 3\n  locality_shares: [0.5, 0.3, 0.1]\n", "shares add up to 0.9");
        yield return Case("shares_wrong_count", Good + "region:\n  localities: 3\n  locality_shares: [0.5, 0.5]\n", "one per locality");
        yield return Case("wage_levels_wrong_count", Good + "region:\n  localities: 3\n  wage_levels: [1, 1.2]\n", "region.wage_levels");
        yield return Case("shares_out_of_range", Good + "population:\n  employment_rate: 1.4\n", "population.employment_rate");
    }

    [TestCaseSource(nameof(Corpus))]
    public void CheckReportsAPositionedErrorAndExits2(string name, byte[] content, string expected)
    {
        string file = Path.Combine(TestPaths.TempDir(), name + ".yaml");
        File.WriteAllBytes(file, content);
        var (code, stdout, stderr) = TestPaths.RunProcess(["check", file]);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput), stderr);
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.Contain(expected));
        Assert.That(stderr, Does.Match($@"{System.Text.RegularExpressions.Regex.Escape(file)}:\d+:\d+: error: "));
        Assert.That(stderr, Does.Not.Contain("   at ").And.Not.Contain("Exception"), "no stack trace");
    }

    [TestCaseSource(nameof(Corpus))]
    public void RunWritesNothing(string name, byte[] content, string expected)
    {
        string dir = TestPaths.TempDir();
        string file = Path.Combine(dir, name + ".yaml"), output = Path.Combine(dir, "out");
        File.WriteAllBytes(file, content);
        var (code, _, stderr) = TestPaths.RunProcess(["run", file, "--out", output]);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput), stderr);
        Assert.That(stderr, Does.Contain(expected));
        Assert.That(Directory.Exists(output), Is.False);
        Assert.That(Directory.GetFileSystemEntries(dir), Is.EquivalentTo(new[] { file }), "no temporary folder left behind");
    }
}
