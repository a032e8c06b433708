using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Runner.Tables;

/// <summary>
/// The firm-level panel, <c>panel.csv</c> or <c>panel.parquet</c>: the run's key columns and seed (<see cref="RunKeys"/>),
/// <c>firm_id</c>, then one column per firm attribute. One row per alive firm every 12th tick and one at each exit.
/// </summary>
public sealed class PanelTable : IDisposable
{
    public static readonly string[] Formats = ["csv", "parquet"];

    private readonly TableWriter _table;
    private readonly RunKeys _keys;
    private readonly TextColumn _kind = new("kind", "The firm's kind: sme, ntbf, large, tnc_affiliate."),
        _origin = new("origin", "How it was founded: de_novo, university_spinoff, research_institute_spinoff, corporate_spinoff, sme_spinoff, soft_landing.");
    private readonly LongColumn _firm = new("firm_id", "", "The firm's id: the top 53 bits of its stable key; unique within a replication, the same firm's in every scenario of a comparison."),
        _parent = new("parent_id", "", "Id of the parent firm or institution of a spin-off, or of the host park of a soft-landing firm; empty otherwise.");
    private readonly IntColumn _generation = new("generation", "", "0 for de novo firms, 1 for direct spin-offs, 2 and more for spin-offs of spin-offs."),
        _birth = new("birth_tick", "months", "Tick of founding (0 for firms of the generated region)."),
        _locality = new("locality", "", "The firm's locality, from 0."), _field = new("field", "", "The firm's technological field, from 0."),
        _employees = new("employees", "persons", "Employees (at exit: in the month it exited).");
    private readonly DoubleColumn _revenue = new("revenue_usd_per_month", "USD/month", "Revenue in the firm's last month."),
        _rd = new("rd_spend_usd_per_month", "USD/month", "R&D spend in the firm's last month."),
        _knowledge = new("knowledge_norm", "knowledge units", "The firm's knowledge level L (sum over fields).");
    private readonly IntColumn _adopted = new("innovations_adopted", "events", "Adopted innovations since the firm's previous row."),
        _adapted = new("innovations_adapted", "events", "Adapted innovations since the firm's previous row."),
        _original = new("innovations_original", "events", "Original innovations since the firm's previous row."),
        _collaboration = new("ties_collaboration", "ties", "Collaboration tie slots held."), _supplier = new("ties_supplier", "ties", "Supplier tie slots held."),
        _customer = new("ties_customer", "ties", "Customer tie slots held."), _parentTies = new("ties_parent", "ties", "Parent tie slots held."),
        _external = new("ties_external", "ties", "Tie slots to partners outside the region."), _exited = new("exited", "", "1 on the row written at the firm's exit, else 0.");
    private readonly PanelIds _ids = new();

    /// <param name="folder">Where the file goes.</param>
    /// <param name="scenario">Names the rows and dates them.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    public PanelTable(Func<string, string> folder, Scenario scenario, string format)
    {
        _keys = new RunKeys(scenario);
        _table = format == "csv" ? new TableWriter(folder("panel.csv"), null, AllColumns()) : new TableWriter(null, folder("panel.parquet"), AllColumns());
    }

    private PanelTable()
    {
        _keys = new RunKeys(new Scenario());
        _table = new TableWriter(null, null, AllColumns());
    }

    public static IReadOnlyList<string> Columns { get; } = TableWriter.NamesOf(new PanelTable().AllColumns());

    private TableColumn[] AllColumns() =>
    [
        .. _keys.Columns, _firm, _kind, _origin, _parent, _generation, _birth, _locality, _field, _employees,
        _revenue, _rd, _knowledge, _adopted, _adapted, _original, _collaboration, _supplier, _customer, _parentTies, _external, _exited,
    ];

    public void Write(in PanelRecord r)
    {
        _keys.Add(r.Replication, r.Tick);
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
