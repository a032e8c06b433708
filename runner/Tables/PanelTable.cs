using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Tables;

/// <summary>
/// The firm-level panel, <c>panel.csv</c> or <c>panel.parquet</c>: key columns <c>scenario,replication,tick,date,firm_id</c>,
/// then one column per firm attribute. One row per alive firm every 12th tick and one at each exit.
/// </summary>
public sealed class PanelTable : IDisposable
{
    public static readonly string[] Formats = ["csv", "parquet"];

    private readonly TableWriter _table;
    private readonly TextColumn _scenario = new("scenario"), _date = new("date"), _kind = new("kind"), _origin = new("origin");
    private readonly LongColumn _firm = new("firm_id"), _parent = new("parent_id");
    private readonly IntColumn _replication = new("replication"), _tick = new("tick"),
        _generation = new("generation"), _birth = new("birth_tick"), _locality = new("locality"), _field = new("field"), _employees = new("employees");
    private readonly DoubleColumn _revenue = new("revenue_usd_per_month"), _rd = new("rd_spend_usd_per_month"), _knowledge = new("knowledge_norm");
    private readonly IntColumn _adopted = new("innovations_adopted"), _adapted = new("innovations_adapted"), _original = new("innovations_original"),
        _collaboration = new("ties_collaboration"), _supplier = new("ties_supplier"), _customer = new("ties_customer"), _parentTies = new("ties_parent"),
        _external = new("ties_external"), _exited = new("exited");
    private readonly string _name;
    private readonly YearMonth _start;
    private readonly PanelIds _ids = new();

    /// <param name="folder">Where the file goes.</param>
    /// <param name="scenario">Names the rows and dates them.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    public PanelTable(Func<string, string> folder, Scenario scenario, string format)
    {
        _name = scenario.Name;
        _start = scenario.Run.Start;
        _table = format == "csv" ? new TableWriter(folder("panel.csv"), null, AllColumns()) : new TableWriter(null, folder("panel.parquet"), AllColumns());
    }

    private PanelTable()
    {
        _name = "";
        _table = new TableWriter(null, null, AllColumns());
    }

    public static IReadOnlyList<string> Columns { get; } = TableWriter.NamesOf(new PanelTable().AllColumns());

    private TableColumn[] AllColumns() =>
    [
        _scenario, _replication, _tick, _date, _firm, _kind, _origin, _parent, _generation, _birth, _locality, _field, _employees,
        _revenue, _rd, _knowledge, _adopted, _adapted, _original, _collaboration, _supplier, _customer, _parentTies, _external, _exited,
    ];

    public void Write(in PanelRecord r)
    {
        _scenario.Add(_name);
        _replication.Add(r.Replication);
        _tick.Add(r.Tick);
        _date.Add(_start.AddMonths(r.Tick).ToString());
        _firm.Add(_ids.Of(r.FirmId, r.Replication));
        _kind.Add(ScenarioSchema.EnumName(r.Kind));
        _origin.Add(ScenarioSchema.EnumName(r.Origin));
        _parent.Add(r.ParentId == 0 ? null : _ids.Of(r.ParentId, r.Replication));
        _generation.Add(r.Generation);
        _birth.Add(r.BirthTick);
        _locality.Add(r.Locality);
        _field.Add(r.Field);
        _employees.Add(r.Employees);
        _revenue.Add(r.RevenueUsdPerMonth);
        _rd.Add(r.RdSpendUsdPerMonth);
        _knowledge.Add(r.KnowledgeNorm);
        _adopted.Add(r.InnovationsAdopted);
        _adapted.Add(r.InnovationsAdapted);
        _original.Add(r.InnovationsOriginal);
        _collaboration.Add(r.TiesCollaboration);
        _supplier.Add(r.TiesSupplier);
        _customer.Add(r.TiesCustomer);
        _parentTies.Add(r.TiesParent);
        _external.Add(r.TiesExternal);
        _exited.Add(r.Exited ? 1 : 0);
        _table.EndRow();
    }

    public void Dispose() => _table.Dispose();
}
