using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Model;

namespace ClusterSim.Tests.Approvals;

/// <summary>
/// Approved lists of what outputs and results depend on. The indicator header is append-only: the approved
/// columns must open the current header in the same order, so a new indicator at the end passes and a column that
/// moves fails. The schedule keeps its approved order: a new phase may be inserted anywhere, but phases already
/// approved must run in the approved order. Approve a change by running the tests with CLUSTERSIM_APPROVE=1, which
/// rewrites the files, and commit them with the change.
/// </summary>
public class ApprovalTests
{
    private static string PathOf(string file) => Path.Combine(TestPaths.RepoRoot, "tests", "Unit", "Approvals", file);

    private static bool Approving => Environment.GetEnvironmentVariable("CLUSTERSIM_APPROVE") == "1";

    private static string[] Approved(string file, IEnumerable<string> current)
    {
        if (Approving) File.WriteAllLines(PathOf(file), current);
        return File.ReadAllLines(PathOf(file));
    }

    [Test]
    public void IndicatorColumnsNeverMove()
    {
        var current = IndicatorCatalog.All.Select(d => d.Name).ToArray();
        var approved = Approved("indicators_header.txt", current);
        Assert.That(current.Take(approved.Length), Is.EqualTo(approved),
            "indicators.csv columns are append-only: a new indicator goes at the end (tests/Unit/Approvals/indicators_header.txt)");
    }

    [Test]
    public void ApprovedPhasesKeepTheirOrder()
    {
        var current = Schedule.Phases.Select(p => $"{p.Name} {p.Switch?.Key ?? "always"}").ToArray();
        var approved = Approved("schedule.txt", current);
        var kept = current.Where(approved.Contains);
        Assert.That(kept, Is.EqualTo(approved),
            "a phase moved, lost or changed its switch: approve the new schedule with CLUSTERSIM_APPROVE=1 in the same commit (tests/Unit/Approvals/schedule.txt)");
    }
}
