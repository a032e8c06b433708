using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader;
using ClusterSim.Runner.Execution;
using ClusterSim.Runner.Tables;

namespace ClusterSim.Runner.Output;

/// <summary>
/// The files of one scenario's run in its folder: <c>resolved_scenario.yaml</c>, the indicator table, the panel
/// when asked for, the breakdowns when <c>outputs.breakdowns</c> names any, the park table when there are parks, and the bands its plots are drawn from.
/// </summary>
public sealed class ScenarioOutputs : IDisposable
{
    private readonly IndicatorTable _indicators;
    private readonly PanelTable? _panel;
    private readonly BreakdownTable? _breakdowns;
    private readonly ParkTable? _parks;

    /// <param name="scenario">The scenario as run.</param>
    /// <param name="pathOf">Path of a file in the folder.</param>
    /// <param name="panelFormat">Panel format, or null for none.</param>
    /// <param name="bandIndicators">Indicators whose mean and interval by tick are kept for plots.</param>
    public ScenarioOutputs(Scenario scenario, Func<string, string> pathOf, string? panelFormat, IReadOnlyList<string> bandIndicators)
    {
        Scenario = scenario;
        ResolvedYaml = ScenarioWriter.Write(scenario);
        File.WriteAllText(pathOf("resolved_scenario.yaml"), ResolvedYaml);
        Bands = new IndicatorBands(bandIndicators, IndicatorCatalog.SeriesOf(scenario));
        _indicators = new IndicatorTable(pathOf, scenario);
        _panel = panelFormat is null ? null : new PanelTable(pathOf, scenario, panelFormat);
        _breakdowns = scenario.Outputs.Breakdowns.Count > 0 ? new BreakdownTable(pathOf, scenario) : null;
        _parks = scenario.Institutions.Parks.Count > 0 ? new ParkTable(pathOf, scenario) : null;
    }

    public Scenario Scenario { get; }
    public string ResolvedYaml { get; }
    public IndicatorBands Bands { get; }

    public void Write(TickOutput output)
    {
        _indicators.Write(output.Row);
        _breakdowns?.Write(output.Row);
        _parks?.Write(output.Row);
        Bands.Add(output.Row);
        foreach (var record in output.Panel ?? []) _panel!.Write(record);
    }

    public void Dispose()
    {
        _indicators.Dispose();
        _panel?.Dispose();
        _breakdowns?.Dispose();
        _parks?.Dispose();
    }
}
