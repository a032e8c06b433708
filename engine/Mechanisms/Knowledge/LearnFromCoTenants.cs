using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>
/// M3, co-location as a contact channel: a park's tenants meet informally, without a tie, and each closes
/// ΔK_f = ρ · AC_f^γ · g(AC_f) · max(0, K̄_park − K_f) of its gap to the mean knowledge row K̄ of its park's
/// alive tenants, through the same absorptive-capacity gate as tie transfer (parks "enable knowledge
/// spillovers", WB:L95; informal contact carries tacit knowledge, UN ¶18 L100). Credited to the peer
/// channel, as informal contact among firms. Reads tenants' knowledge and park; writes tenants' knowledge,
/// absorptive capacity and peer inflow. The park means come from the stocks before anyone learns, so
/// visiting order does not matter.
/// </summary>
[PhaseSummary("informal transfer among a park's tenants through the AC gate")]
internal sealed class LearnFromCoTenants : IPhase
{
    // Per park: tenants and the sum, then mean, of their knowledge rows; reused from tick to tick.
    private int[] _tenants = [];
    private double[] _sum = [];
    private float[] _mean = [];

    public void Run(SimulationState s)
    {
        var firms = s.Firms;
        int parks = s.Parks.Count, stride = firms.Stride;
        if (parks == 0) return;
        if (_tenants.Length != parks)
        {
            _tenants = new int[parks];
            _sum = new double[parks * stride];
            _mean = new float[parks * stride];
        }
        Array.Clear(_tenants);
        Array.Clear(_sum);
        // Serial and in firm order, so the sums are the same on any thread count.
        for (int f = 0; f < firms.Count; f++)
        {
            int park = firms.Park[f];
            if (!firms.Alive[f] || park < 0) continue;
            _tenants[park]++;
            var row = firms.KnowledgeOf(f);
            for (int k = 0; k < stride; k++) _sum[park * stride + k] += row[k];
        }
        // A lone tenant's mean is its own row: a gap of zero, so it learns nothing.
        for (int i = 0; i < _sum.Length; i++)
            _mean[i] = _tenants[i / stride] > 0 ? (float)(_sum[i] / _tenants[i / stride]) : 0f;
        Span<double> total = stackalloc double[1];
        s.Executor.Reduce(firms.Count, new Body(s, _mean), total);
        s.Flows.Add(IndicatorCatalog.KnowledgeFromCoTenants, total[0]);
        s.Flows.Add(IndicatorCatalog.KnowledgeTransferred, total[0]);
    }

    private readonly struct Body(SimulationState s, float[] mean) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            var firms = s.Firms;
            var transfer = s.Parameters.Of<TransferParameters>();
            double rate = s.Parameters.Of<CoTenantTransferParameters>().RatePerMonth;
            int stride = firms.Stride;
            for (int f = start; f < end; f++)
            {
                int park = firms.Park[f];
                if (!firms.Alive[f] || park < 0) continue;
                var own = firms.KnowledgeOf(f);
                float added = KnowledgeKernels.AddGap(own, mean.AsSpan(park * stride, stride), own,
                    (float)(rate * AbsorptiveCapacity.Gate(transfer, firms.AbsorptiveCapacity[f])));
                if (added == 0) continue;
                firms.InflowOf(f)[(int)KnowledgeChannel.Peer] += added;
                AbsorptiveCapacity.Refresh(firms, f, KnowledgeKernels.Sum(own), transfer.AcHalfSaturation);
                sums[0] += added;
            }
        }
    }
}

/// <summary>Parameters of informal transfer among a park's tenants (M3). The <c>parameters.co_tenant_transfer</c> section.</summary>
[ParameterSection("co_tenant_transfer", Order = 26)]
internal sealed record CoTenantTransferParameters
{
    [Param("Share of the gap to the mean knowledge of its park's tenants that a tenant closes per month at absorptive capacity 1, through informal contact.",
        Unit = "1/month", Min = 0, Max = 1,
        Source = "assumption, no seed figure: a quarter of transfer.rate_per_month (a full-weight tie); WB:L95, UN ¶18 L100 (M3)")]
    public double RatePerMonth { get; init; } = 0.005;
}
