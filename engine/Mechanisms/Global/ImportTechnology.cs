using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Global;

/// <summary>
/// M20, technology import. A firm imports with probability rate × (gap / frontier) in its own field. An
/// affiliate of a multinational imports through its parent (FDI); another firm buys a licence when its
/// absorptive capacity reaches the licence threshold and it chooses one (more often under the
/// licensing_support lever), else machines. The import closes yield_mode × gate(AC) of the own-field gap
/// to the frontier, with licences teaching more than machines and affiliates least: "externalized modes
/// such as licensing … lead to more technological learning" while FDI centralises innovation at home
/// (UN ¶30 L134; SF33). Machines and licences cost months of the firm's revenue, paid from cash (a firm
/// without the cash forgoes the import). What is learned is credited to the import channel (multinational for FDI).
/// </summary>
[PhaseSummary("machines, licences and FDI bring frontier knowledge in")]
internal sealed class ImportTechnology : IPhase
{
    private static readonly int Modes = Enum.GetValues<ImportMode>().Length;

    public void Run(SimulationState s)
    {
        Span<double> sums = stackalloc double[Modes + 3];
        s.Executor.Reduce(s.Firms.Count, new Body(s), sums);
        for (int m = 0; m < Modes; m++) s.Flows.Add(IndicatorCatalog.TechnologyImportsByMode[m], (int)sums[m]);
        s.Flows.Add(IndicatorCatalog.KnowledgeTransferred, sums[Modes]);
        s.Flows.Add(IndicatorCatalog.TncTransfer, sums[Modes + 2]);
        s.Policy.Spend[Levers.LicensingSupport.Index] += sums[Modes + 1];
    }

    /// <summary>The share of the own-field gap a mode closes at absorptive capacity <paramref name="ac"/>.</summary>
    public static double Yield(SimulationState s, ImportMode mode, double ac)
    {
        var p = s.Parameters.Of<TechnologyImportParameters>();
        double y = mode switch { ImportMode.Licence => p.LicenceYield, ImportMode.Fdi => p.FdiYield, _ => p.MachineYield };
        return y * AbsorptiveCapacity.Gate(s.Parameters.Of<TransferParameters>(), ac);
    }

    private readonly struct Body(SimulationState s) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            var firms = s.Firms;
            var p = s.Parameters.Of<TechnologyImportParameters>();
            for (int f = start; f < end; f++)
            {
                if (!firms.Alive[f]) continue;
                int field = firms.Field[f];
                float frontier = s.Region.Frontier[field];
                ref float own = ref firms.Knowledge[f * firms.Stride + field];
                double gap = frontier - own;
                if (gap <= 0 || frontier <= 0) continue;
                var rng = s.Random.Stream(Purpose.TechnologyImport, s.Tick, firms.Key[f]);
                if (!rng.Bernoulli(Math.Min(1, p.RatePerMonth * gap / frontier))) continue;
                double ac = firms.AbsorptiveCapacity[f];
                double support = s.Policy.LevelFor(Levers.LicensingSupport, firms, f);
                ImportMode mode = firms.Kind[f] == FirmKind.TncAffiliate ? ImportMode.Fdi
                    : ac >= p.LicenceMinAc && rng.Bernoulli(Math.Min(1, p.LicenceShare * (1 + support))) ? ImportMode.Licence
                    : ImportMode.Machines;
                double price = firms.ValueAddedUsdPerMonth(f) * mode switch { ImportMode.Licence => p.LicenceFeeMonths, ImportMode.Machines => p.MachineCostMonths, _ => 0 };
                double subsidy = mode == ImportMode.Licence ? support * price : 0;
                if (firms.CashUsd[f] < price - subsidy) continue; // an import is paid for from cash
                firms.CashUsd[f] -= price - subsidy;
                float gained = (float)(Yield(s, mode, ac) * gap);
                own += gained;
                firms.InflowOf(f)[(int)(mode == ImportMode.Fdi ? KnowledgeChannel.Multinational : KnowledgeChannel.Import)] += gained;
                AbsorptiveCapacity.Refresh(firms, f, KnowledgeKernels.Sum(firms.KnowledgeOf(f)), s.Parameters.Of<TransferParameters>().AcHalfSaturation);
                sums[(int)mode] += 1;
                sums[Modes] += gained;
                sums[Modes + 1] += subsidy;
                if (mode == ImportMode.Fdi) sums[Modes + 2] += gained;
            }
        }
    }
}
