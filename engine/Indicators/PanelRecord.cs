using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Indicators;

/// <summary>One row of the firm-level panel: a firm's state at a panel tick, or at its exit.</summary>
public readonly record struct PanelRecord(
    int Replication, int Tick, ulong FirmId, FirmKind Kind, FirmOrigin Origin, ulong ParentId, int Generation,
    int BirthTick, int Locality, int Field, int Employees, double RevenueUsdPerMonth, double RdSpendUsdPerMonth,
    double KnowledgeNorm, int InnovationsAdopted, int InnovationsAdapted, int InnovationsOriginal,
    int TiesCollaboration, int TiesSupplier, int TiesCustomer, int TiesParent, int TiesExternal, bool Exited);
