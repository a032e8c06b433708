using System.Diagnostics;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;

namespace ClusterSim.Tests.Scenarios;

/// <summary>
/// The JSON Schema printed by <c>clustersim schema</c> agrees with the loader: an independent validator
/// (Python's jsonschema, reading the YAML with PyYAML; test.sh installs both) accepts every library file
/// and rejects files the loader rejects for the same reason.
/// </summary>
public class SchemaTests
{
    private const string Validator = """
        import json, sys, yaml, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        bad = 0
        for path in sys.argv[2:]:
            errors = list(validator.iter_errors(yaml.safe_load(open(path, encoding="utf-8"))))
            for e in errors:
                print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
            bad += bool(errors)
        print(f"invalid {bad}")
        """;

    private static (int Invalid, string Output) Validate(params string[] files)
    {
        string dir = TestPaths.TempDir();
        string schema = Path.Combine(dir, "schema.json"), script = Path.Combine(dir, "validate.py");
        var (code, stdout, stderr) = TestPaths.RunProcess(["schema"]);
        Assert.That(code, Is.EqualTo(0), stderr);
        File.WriteAllText(schema, stdout);
        File.WriteAllText(script, Validator);
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(schema);
        foreach (var f in files) start.ArgumentList.Add(f);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail("python3 is missing; ./test.sh installs it with python3-jsonschema and python3-yaml: " + e.Message);
            throw;
        }
        // Both streams read at once: a validator that fails with a long traceback on stderr must not block on a full pipe.
        var stderrText = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd() + stderrText.GetAwaiter().GetResult();
        process.WaitForExit();
        Assert.That(output, Does.Contain("invalid "), "the validator did not run (python3-jsonschema and python3-yaml missing?): " + output);
        return (int.Parse(output[(output.LastIndexOf("invalid ", StringComparison.Ordinal) + 8)..].Trim()), output);
    }

    [Test]
    public void TheIndependentValidatorAcceptsEveryLibraryFile()
    {
        var files = LibraryScenarioTests.Files().Select(TestPaths.Scenario).ToArray();
        Assert.That(files, Has.Length.GreaterThan(40));
        var (invalid, output) = Validate(files);
        Assert.That(invalid, Is.EqualTo(0), output);
    }

    [TestCase("run:\n  ticks: twelve\n  seed: 1\n", "ticks")]
    [TestCase("run: {ticks: 12, seed: 1}\nregion: {localitys: 3}\n", "localitys")]
    [TestCase("run: {ticks: 12, seed: 1}\npopulation: {people: -5}\n", "people")]
    [TestCase("run: {ticks: 12, seed: 1}\npolicies: {rd_subsidy: {value: 3}}\n", "rd_subsidy")]
    [TestCase("run: {ticks: 12, seed: 1}\npolicies: {rd_subsidie: {value: 0.1}}\n", "rd_subsidie")]
    [TestCase("run: {ticks: 12, seed: 1, start: 2008-13}\n", "start")]
    public void TheSchemaAndTheLoaderRejectTheSameMistakes(string body, string key)
    {
        string file = Path.Combine(TestPaths.TempDir(), "bad.yaml");
        File.WriteAllText(file, "format_version: 1\nname: bad\n" + body);
        var (invalid, output) = Validate(file);
        Assert.That(invalid, Is.EqualTo(1), output);
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(file))!;
        Assert.That(error.Errors.Select(e => e.ToString()), Has.Some.Contains(key));
    }

    [Test]
    public void AVariantNeedsNoRequiredKeysButABaseDoes()
    {
        string dir = TestPaths.TempDir();
        File.WriteAllText(Path.Combine(dir, "variant.yaml"), $"extends: {TestPaths.Scenario("baseline.yaml")}\nrun: {{ticks: 36}}\n");
        File.WriteAllText(Path.Combine(dir, "incomplete.yaml"), "run: {ticks: 12}\n");
        var (invalid, output) = Validate(Path.Combine(dir, "variant.yaml"), Path.Combine(dir, "incomplete.yaml"));
        Assert.That(invalid, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("incomplete.yaml"));
        Assert.That(ScenarioLoader.Load(Path.Combine(dir, "variant.yaml")).Scenario.Run.Ticks, Is.EqualTo(36));
    }

    [Test]
    public void EveryScenarioKeyIsInTheSchemaWithItsDescription()
    {
        var scenario = ScenarioJsonSchema.Generate()["$defs"]!["scenario"]!;
        foreach (var (path, key) in ScenarioSchema.Leaves(typeof(Scenario)))
        {
            var node = scenario;
            foreach (var part in path.Split('.')) node = node["properties"]![part]!;
            Assert.That((string?)node["description"], Does.StartWith(key.Param?.Doc ?? ""), path);
        }
    }
}
