using ClusterSim.Engine.Core;
using ClusterSim.Engine.Policies;

namespace ClusterSim.Engine.Mechanisms.Demand;

/// <summary>
/// M18, demand-pull versus science-push. The region's demand for technology services is an index, 1 without
/// policy, raised by the procurement_programme lever (public and large-firm purchases directed to local
/// innovative firms, WB:L318). The index multiplies firms' applications to parks and their uptake of
/// institution links: supply-side programmes without demand find few clients (WB:L215, L234, L539), so
/// demand and supply programmes reinforce each other (SF15). Procurement also raises the revenue of
/// innovative SMEs and NTBFs (ProduceAndSell); that extra revenue is the programme's public spending.
/// </summary>
[PhaseSummary("demand for technology services from procurement")]
internal sealed class PullDemand : IPhase
{
    public void Run(SimulationState s)
    {
        double procurement = s.Policy.Level(Levers.ProcurementProgramme);
        s.Region.DemandIndex = 1 + s.Parameters.Of<DemandPullParameters>().ProcurementElasticity * procurement;
        s.Region.ProcurementShare = procurement;
    }

}
