using System.Globalization;
using System.Text;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Output;

/// <summary>
/// Writes <c>panel.csv</c>, the firm-level panel: key columns <c>scenario,replication,tick,date,firm_id</c>,
/// then one column per firm attribute. One row per alive firm every 12th tick and one at each exit.
/// </summary>
public sealed class PanelCsvWriter : IDisposable
{
    public static readonly string[] Columns =
    [
        "scenario", "replication", "tick", "date", "firm_id", "kind", "origin", "parent_id", "generation", "birth_tick",
        "locality", "field", "employees", "revenue_usd_per_month", "rd_spend_usd_per_month", "knowledge_norm",
        "innovations_adopted", "innovations_adapted", "innovations_original",
        "ties_collaboration", "ties_supplier", "ties_customer", "ties_parent", "ties_external", "exited",
    ];

    private readonly StreamWriter _writer;
    private readonly string _scenario;
    private readonly YearMonth _start;

    public PanelCsvWriter(string path, string scenarioName, YearMonth start)
    {
        _writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        _scenario = IndicatorCsvWriter.Quote(scenarioName);
        _start = start;
        _writer.WriteLine(string.Join(',', Columns));
    }

    public void Write(in PanelRecord r)
    {
        var c = CultureInfo.InvariantCulture;
        _writer.Write(string.Join(',',
            _scenario, r.Replication.ToString(c), r.Tick.ToString(c), _start.AddMonths(r.Tick).ToString(), r.FirmId.ToString(c),
            ScenarioSchema.EnumName(r.Kind), ScenarioSchema.EnumName(r.Origin), r.ParentId == 0 ? "" : r.ParentId.ToString(c),
            r.Generation.ToString(c), r.BirthTick.ToString(c), r.Locality.ToString(c), r.Field.ToString(c), r.Employees.ToString(c),
            r.RevenueUsdPerMonth.ToString("R", c), r.RdSpendUsdPerMonth.ToString("R", c), r.KnowledgeNorm.ToString("R", c),
            r.InnovationsAdopted.ToString(c), r.InnovationsAdapted.ToString(c), r.InnovationsOriginal.ToString(c),
            r.TiesCollaboration.ToString(c), r.TiesSupplier.ToString(c), r.TiesCustomer.ToString(c), r.TiesParent.ToString(c),
            r.TiesExternal.ToString(c), r.Exited ? "1" : "0"));
        _writer.WriteLine();
    }

    public void Dispose() => _writer.Dispose();
}
