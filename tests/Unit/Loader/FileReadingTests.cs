using ClusterSim.Loader;

namespace ClusterSim.Tests.Loader;

/// <summary>What the loader reads and refuses: only regular files, a BOM accepted, tags and unsafe names refused, settings that cannot act named.</summary>
public class FileReadingTests
{
    private const string Valid = "format_version: 1\nname: s\nrun: {ticks: 2, burn_in_ticks: 0, seed: 1}\npopulation: {people: 1000}\n";

    private static string File(string text, string name = "s.yaml")
    {
        string path = Path.Combine(TestPaths.TempDir(), name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private static List<string> Errors(string path) =>
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path))!.Errors.Select(e => e.ToString()).ToList();

    [Test]
    public void ADeviceAsABaseIsRefusedAtTheExtendsLine()
    {
        Assume.That(OperatingSystem.IsLinux(), "a Linux device");
        var errors = Errors(File("extends: /dev/zero\nname: x\n"));
        Assert.That(errors[0], Does.EndWith("s.yaml:1:10: error: extends: base file '/dev/zero' is a character device, not a file"));
        Assert.That(Errors("/dev/zero")[0], Does.Contain("/dev/zero is a character device, not a file"));
    }

    [Test]
    public void AFileLargerThanTheLimitIsRefusedByTheBytesRead()
    {
        string path = File(Valid + "# " + new string('x', ScenarioFileReader.MaxFileBytes) + "\n");
        Assert.That(Errors(path)[0], Does.Contain("larger than 1 MB"));
    }

    [Test]
    public void AByteOrderMarkIsAccepted()
    {
        string path = Path.Combine(TestPaths.TempDir(), "bom.yaml");
        System.IO.File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Valid)]);
        Assert.That(ScenarioLoader.Load(path).Scenario.Name, Is.EqualTo("s"));
    }

    [Test]
    public void ANulInABasePathIsAnErrorAtItsPosition() =>
        Assert.That(Errors(File("extends: \"a\\0b\"\nname: x\n"))[0], Does.EndWith("s.yaml:1:10: error: extends: the path holds a NUL character; no file has such a name"));

    [Test]
    public void AYamlTagIsRefusedNotIgnored()
    {
        var errors = Errors(File(Valid.Replace("ticks: 2", "ticks: !!str 2")));
        Assert.That(errors, Has.Some.EndsWith("s.yaml:3:14: error: run.ticks: YAML tag '!!str': scenarios do not use tags; write the value without it (every key has one type, see docs/scenarios.md)"));
        Assert.That(Errors(File(Valid + "description: !!binary aGVsbG8=\n")), Has.Some.Contains("description: YAML tag '!!binary'"));
    }

    [TestCase("../../../escaped")]
    [TestCase("/tmp/absolute")]
    [TestCase(".hidden")]
    [TestCase("a b")]
    [TestCase("")]
    public void ANameThatCannotNameAFolderIsRefused(string name)
    {
        var errors = Errors(File(Valid.Replace("name: s", $"name: \"{name}\"")));
        Assert.That(errors, Has.Some.Contains("s.yaml:2:").And.Some.Contains("error: name: "));
    }

    [Test]
    public void GraduatesOfAResearchInstituteAreRefused()
    {
        string text = Valid + "institutions: {knowledge_institutions: [{name: lab, kind: research_institute, locality: 0, researchers: 10, graduates_per_year: 50}]}\n";
        Assert.That(Errors(File(text)), Has.Some.Contains("institutions.knowledge_institutions[0].graduates_per_year: a research_institute has no graduates"));
    }

    [Test]
    public void AnIncubatorLargerThanItsIncubationSlotsLoadsWithAWarningAtTheKey()
    {
        string text = Valid + "institutions:\n  parks:\n    - {name: bic, model: bic_incubator, capacity_firms: 30, incubation_slots: 20}\n";
        var loaded = ScenarioLoader.Load(File(text));
        Assert.That(loaded.Warnings.Select(w => w.ToString()), Has.One.Contains("s.yaml:7:").And.Contains("warning: institutions.parks[0].capacity_firms: 30 is above incubation_slots (20)"));
        Assert.That(ScenarioLoader.Load(File(text.Replace("capacity_firms: 30", "capacity_firms: 20"))).Warnings, Is.Empty);
    }
}
