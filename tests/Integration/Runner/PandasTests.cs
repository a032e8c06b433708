using System.Diagnostics;

namespace ClusterSim.Tests.Runner;

/// <summary>
/// The panel read by pandas as an analyst would (read_csv with its default types): parents join to firms, and
/// a base's firms join to the same firms of its variant. Python is Debian's, where ./test.sh installs
/// python3-pandas; under CI=true a missing pandas fails.
/// </summary>
public class PandasTests
{
    private static readonly string[] Small = ["--set", "population.people=20000", "--ticks", "48", "--set", "run.burn_in_ticks=0", "--no-plots", "--quiet", "--panel"];

    private static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    private static string RunPython(string script, params string[] args)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd(), error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (error.Contains("No module named 'pandas'"))
        {
            string why = $"{Python} has no pandas; ./test.sh installs Debian's python3-pandas";
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(why);
            Assert.Inconclusive(why);
        }
        Assert.That(process.ExitCode, Is.EqualTo(0), error);
        return output.Trim();
    }

    private static string Panel(string scenario)
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var r = TestPaths.RunProcess(["run", TestPaths.Scenario(scenario), "--out", dir, .. Small]);
        Assert.That(r.Code, Is.EqualTo(0), r.Stderr);
        return Path.Combine(dir, "panel.csv");
    }

    [Test]
    public void EveryParentFirmOfASpinoffIsFoundByItsId()
    {
        const string Script = """
            import sys, pandas as pd
            p = pd.read_csv(sys.argv[1])
            spinoffs = p[p.origin.isin(["corporate_spinoff", "sme_spinoff"])]
            parents = set(spinoffs.parent_id.dropna())
            firms = set(p.firm_id)
            print(p.parent_id.dtype, len(parents), len(parents & firms), int(p.firm_id.max() < 2**53))
            """;
        var fields = RunPython(Script, Panel("baseline.yaml")).Split(' ');
        Assert.That(fields[0], Is.EqualTo("float64"), "pandas reads a column with nulls as floats: the ids must survive that");
        int parents = int.Parse(fields[1]), joined = int.Parse(fields[2]);
        Assert.That(parents, Is.GreaterThan(10), "the run has firm spin-offs");
        Assert.That(joined, Is.EqualTo(parents), "every parent id joins to a firm");
        Assert.That(fields[3], Is.EqualTo("1"));
    }

    [Test]
    public void ABasesFirmsJoinTheSameFirmsOfItsVariantById()
    {
        const string Script = """
            import sys, pandas as pd
            a, b = (pd.read_csv(f) for f in sys.argv[1:3])
            a0, b0 = a[a.tick == 0], b[b.tick == 0]
            m = a0.merge(b0, on=["replication", "firm_id"], suffixes=("_base", "_variant"))
            print(len(a0), len(m), int((m.birth_tick_base == m.birth_tick_variant).all() and (m.field_base == m.field_variant).all()))
            """;
        var fields = RunPython(Script, Panel("interventions/soft_landing.base.yaml"), Panel("interventions/soft_landing.yaml")).Split(' ');
        Assert.That(int.Parse(fields[0]), Is.GreaterThan(100));
        Assert.That(fields[1], Is.EqualTo(fields[0]), "every firm of the generated region has the same id in both");
        Assert.That(fields[2], Is.EqualTo("1"), "and is the same firm");
    }
}
