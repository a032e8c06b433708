using System.Globalization;
using System.Text.RegularExpressions;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Tests.Docs;

/// <summary>docs/model.md lists what the code has: its parameter table and phase list must match the loader and schedule.</summary>
public class ModelDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "model.md"));

    [Test]
    public void ParameterTableEqualsTheLoadersParameters()
    {
        var documented = Regex.Matches(Doc, @"^\| `(parameters\.[a-z_.0-9]+)` \| ([^|]+) \| ([^|]*) \|", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim(), m.Groups[3].Value.Trim())).ToArray();
        var defaults = new ModelParameters();
        var expected = ScenarioSchema.Leaves(typeof(ModelParameters), "parameters").Select(leaf =>
        {
            object owner = defaults;
            foreach (var part in leaf.Path.Split('.')[1..^1])
                owner = ScenarioSchema.KeysOf(owner.GetType()).First(k => k.Name == part).Get(owner)!;
            var value = leaf.Key.Get(owner)!;
            string text = value is double d ? d.ToString("R", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture)!;
            return (leaf.Path, text, leaf.Key.Param?.Unit ?? "");
        }).ToArray();
        Assert.That(documented, Is.EqualTo(expected));
    }

    [Test]
    public void EveryParameterHasAUnitDocAndSource()
    {
        foreach (var (path, key) in ScenarioSchema.Leaves(typeof(ModelParameters), "parameters"))
        {
            Assert.That(key.Param, Is.Not.Null, path);
            Assert.That(key.Param!.Unit, Is.Not.Empty, path);
            Assert.That(key.Param.Source, Is.Not.Empty, path);
        }
    }

    [Test]
    public void PhaseTableEqualsTheSchedule()
    {
        var documented = Regex.Matches(Doc, @"^\| \d+ \| `([a-z_]+)` \| (?:`([a-z_]+)`|always) \|", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value));
        Assert.That(documented, Is.EqualTo(Schedule.Phases.Select(p => (p.Name, p.Switch?.Key ?? ""))));
    }
}

public class LeverDocTests
{
    [Test]
    public void LeverTableEqualsTheRegistry()
    {
        string doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "model.md"));
        var documented = Regex.Matches(doc, @"^\| `([a-z_]+)` \| ([^|]+) \| ([^|]+) \| [^|]+ \| `([a-z_]+)` \| ([+−]) \|", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim(), m.Groups[4].Value, m.Groups[5].Value == "+" ? 1 : -1));
        Assert.That(documented, Is.EqualTo(ClusterSim.Engine.Policies.Levers.All.Select(l => (l.Name, l.Unit, l.Channel, l.ChannelSign))));
    }
}
