using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Validation;

/// <summary>What one replication of a validated scenario recorded: its indicator rows after burn-in and, when asked, its firm panel.</summary>
/// <param name="Scenario">The scenario as run (overrides applied).</param>
/// <param name="Rows">Indicator rows by tick, after burn-in.</param>
/// <param name="Panel">Panel records (every 12th tick and at exits), empty when the panel was not recorded.</param>
public sealed record ReplicationOutput(Scenario Scenario, IReadOnlyList<IndicatorRow> Rows, IReadOnlyList<PanelRecord> Panel)
{
    /// <summary>The last tick with a record of the alive firms (the last multiple of 12 the run reached); found once, since most statistics ask.</summary>
    public int LastPanelTick { get; } = Panel.Where(p => !p.Exited).Select(p => p.Tick).DefaultIfEmpty(-1).Max();

    /// <summary>The alive firms at the last panel tick.</summary>
    public IEnumerable<PanelRecord> FirmsAtEnd()
    {
        int last = LastPanelTick;
        return Panel.Where(p => !p.Exited && p.Tick == last);
    }

    /// <summary>The value of <paramref name="indicator"/> on every row.</summary>
    public double[] Series(string indicator)
    {
        int column = IndicatorCatalog.IndexOf(IndicatorCatalog.SeriesOf(Scenario), indicator);
        if (column < 0) throw new ArgumentException($"no indicator '{indicator}'", nameof(indicator));
        return Rows.Select(r => r.Values[column]).ToArray();
    }
}
