using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Mechanisms.Labour;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;

namespace ClusterSim.Tests.Loader;

public class ScenarioLoaderTests
{
    private const string Minimal = """
        format_version: 1
        name: tiny
        run:
          ticks: 12
          seed: 3
        """;

    private static IReadOnlyList<ScenarioError> ErrorsOf(string yaml, IReadOnlyList<string>? overrides = null)
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "s.yaml", overrides))!;
        return e.Errors;
    }

    [Test]
    public void MinimalFileGetsDefaults()
    {
        var s = ScenarioLoader.Parse(Minimal, "s.yaml");
        Assert.That(s.Run.Ticks, Is.EqualTo(12));
        Assert.That(s.Run.Replications, Is.EqualTo(1));
        Assert.That(s.Parameters.Of<KnowledgeParameters>().ObsolescencePerMonth, Is.EqualTo(new KnowledgeParameters().ObsolescencePerMonth));
    }

    [Test]
    public void TypoIsReportedWithPositionAndNearestKey()
    {
        var errors = ErrorsOf(Minimal + "\n  tikcs: 5\n");
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].ToString(), Is.EqualTo("s.yaml:6:3: error: run.tikcs: unknown key; did you mean 'ticks'?"));
    }

    [Test]
    public void EveryErrorOfAFileIsReportedAtOnce()
    {
        const string yaml = """
            format_version: 1
            name: bad
            run:
              ticks: many
              seed: 3
              replications: 0
            region:
              fields: 8
              fields: 9
            population:
              employment_rate: 1.5
            mechanisms:
              entry: maybe
            """;
        var text = ErrorsOf(yaml).Select(e => e.ToString()).ToArray();
        Assert.That(text, Is.EquivalentTo(new[]
        {
            "s.yaml:4:10: error: run.ticks: expected an integer, got 'many'",
            "s.yaml:6:17: error: run.replications: 0 is out of range [1, 10000]",
            "s.yaml:9:3: error: region.fields: duplicate key",
            "s.yaml:11:20: error: population.employment_rate: 1.5 is out of range [0, 1]",
            "s.yaml:13:10: error: mechanisms.entry: expected true or false, got 'maybe'",
        }));
    }

    [Test]
    public void MissingRequiredKeysAreErrors()
    {
        var errors = ErrorsOf("format_version: 1\nrun:\n  seed: 1\n");
        Assert.That(errors.Select(e => e.KeyPath), Is.EquivalentTo(new[] { "name", "run.ticks" }));
    }

    [Test]
    public void SyntaxErrorHasAPosition()
    {
        var errors = ErrorsOf("format_version: 1\nname: [unclosed\nrun: {ticks: 1}\n");
        Assert.That(errors[0].Position.Line, Is.GreaterThan(1));
        Assert.That(errors[0].Message, Does.StartWith("YAML syntax"));
    }

    [Test]
    public void UnknownLeverAndIndicatorAreErrors()
    {
        var errors = ErrorsOf(Minimal + "\npolicies:\n  rd_subsidi: {value: 0.2}\noutputs:\n  plots: [firms_alive, firm_alive]\n");
        Assert.That(errors.Select(e => e.KeyPath), Is.EquivalentTo(new[] { "policies.rd_subsidi", "outputs.plots[1]" }));
        Assert.That(errors.Select(e => e.Message), Has.Some.Contains("did you mean 'rd_subsidy'"));
        Assert.That(errors.Select(e => e.Message), Has.Some.Contains("did you mean 'firms_alive'"));
    }

    [Test]
    public void OverridesApplyAndAreValidatedLikeTheFile()
    {
        var s = ScenarioLoader.Parse(Minimal, "s.yaml", ["run.ticks=30", "parameters.labour.quit_rate_per_month=0.02", "outputs.plots=[employment]"]);
        Assert.That(s.Run.Ticks, Is.EqualTo(30));
        Assert.That(s.Parameters.Of<LabourParameters>().QuitRatePerMonth, Is.EqualTo(0.02));
        Assert.That(s.Outputs.Plots, Is.EqualTo(new[] { "employment" }));

        var errors = ErrorsOf(Minimal, ["run.tiks=30", "run.seed=x"]);
        Assert.That(errors.Select(e => e.ToString()), Is.EquivalentTo(new[]
        {
            "--set run.tiks=30:1:1: error: run.tiks: unknown key; did you mean 'ticks'?",
            "--set run.seed=x:1:10: error: run.seed: expected an integer, got 'x'",
        }));
    }

    [Test]
    public void ResolvedScenarioLoadsBackEqual()
    {
        var s = ScenarioLoader.Load(TestPaths.Scenario("baseline.yaml")).Scenario;
        string written = ScenarioWriter.Write(s);
        var again = ScenarioLoader.Parse(written, "resolved.yaml");
        Assert.That(ScenarioWriter.Write(again), Is.EqualTo(written));
        Assert.That(again.Institutions.KnowledgeInstitutions, Is.EqualTo(s.Institutions.KnowledgeInstitutions));
        Assert.That(again.Parameters, Is.EqualTo(s.Parameters));
        Assert.That(again.Run, Is.EqualTo(s.Run));
    }

    [Test]
    public void PolicyLevelFollowsScheduleAndRamp()
    {
        var p = new PolicySchedule { Value = 0.4, From = 24, Until = 48, RampMonths = 4 };
        Assert.That(p.LevelAt(23), Is.EqualTo(0));
        Assert.That(p.LevelAt(24), Is.EqualTo(0.1).Within(1e-12));
        Assert.That(p.LevelAt(27), Is.EqualTo(0.4).Within(1e-12));
        Assert.That(p.LevelAt(47), Is.EqualTo(0.4));
        Assert.That(p.LevelAt(48), Is.EqualTo(0));
    }
}
