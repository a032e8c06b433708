using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Global;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>
/// M2, firm-to-firm and external transfer through ties, gated by absorptive capacity:
/// ΔK_f = Σ_ties η · AC_f^γ · g(AC_f) · w · max(0, K_partner − K_f), with g = 1 above AC* and the
/// codified share below it (UN L42, ¶31 L136). An external tie's partner is the frontier outside the
/// region, at its own rate. What flows is credited to the tie's channel (customer, supplier, peer,
/// parent, multinational, import) for innovation tagging. Every firm learns from last month's stocks:
/// new rows go to a second buffer that is swapped in, so visiting order does not matter.
/// </summary>
[PhaseSummary("transfer from tied firms and the frontier through the AC gate")]
internal sealed class LearnFromTies : IPhase
{
    public void Run(SimulationState s)
    {
        Span<double> total = stackalloc double[2];
        s.Executor.Reduce(s.Firms.Count, new Body(s), total);
        s.Firms.SwapKnowledgeBuffers();
        s.Flows.Add(IndicatorCatalog.KnowledgeTransferred, total[0]);
        s.Flows.Add(IndicatorCatalog.TncTransfer, total[1]);
    }

    internal static KnowledgeChannel ChannelOf(TieLayer layer, FirmKind partnerKind) => layer switch
    {
        TieLayer.External => KnowledgeChannel.Import,
        _ when partnerKind == FirmKind.TncAffiliate => KnowledgeChannel.Multinational,
        TieLayer.Supplier => KnowledgeChannel.Supplier,
        TieLayer.Customer => KnowledgeChannel.Customer,
        TieLayer.Parent => KnowledgeChannel.Parent,
        _ => KnowledgeChannel.Peer,
    };

    private readonly struct Body(SimulationState s) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            var firms = s.Firms;
            var p = s.Parameters.Of<TransferParameters>();
            int stride = firms.Stride, slots = firms.TieSlots;
            for (int f = start; f < end; f++)
            {
                var own = firms.Knowledge.AsSpan(f * stride, stride);
                var next = firms.KnowledgeNext.AsSpan(f * stride, stride);
                own.CopyTo(next);
                if (!firms.Alive[f]) continue;
                double gate = AbsorptiveCapacity.Gate(p, firms.AbsorptiveCapacity[f]);
                var inflow = firms.InflowOf(f);
                float gained = 0;
                for (int j = f * slots; j < (f + 1) * slots; j++)
                {
                    int partner = firms.TieTarget[j];
                    float added;
                    if (partner == FirmTable.ExternalPartner)
                        added = KnowledgeKernels.AddGap(next, s.Region.Frontier, own, (float)(p.ExternalRatePerMonth * gate * firms.TieWeight[j]));
                    else if (partner >= 0 && firms.Alive[partner])
                    {
                        // A multinational customer teaches its supplier more at each rung of the ladder (M13).
                        double rung = firms.Kind[partner] == FirmKind.TncAffiliate && firms.TieKind[j] == TieLayer.Customer
                            ? 1 + s.Parameters.Of<SubcontractingParameters>().TransferPerRung * (int)firms.Tier[f] : 1;
                        added = KnowledgeKernels.AddGap(next, firms.Knowledge.AsSpan(partner * stride, stride), own, (float)(p.RatePerMonth * gate * rung * firms.TieWeight[j]));
                    }
                    else continue;
                    var channel = ChannelOf(firms.TieKind[j], partner >= 0 ? firms.Kind[partner] : FirmKind.Sme);
                    inflow[(int)channel] += added;
                    if (channel == KnowledgeChannel.Multinational) sums[1] += added;
                    gained += added;
                }
                if (gained == 0) continue;
                AbsorptiveCapacity.Refresh(firms, f, KnowledgeKernels.Sum(next), p.AcHalfSaturation);
                sums[0] += gained;
            }
        }
    }
}
