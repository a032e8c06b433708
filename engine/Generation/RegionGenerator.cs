using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.Core;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Generation;

/// <summary>
/// Builds the starting region of a replication from the scenario's <c>region</c> and <c>population</c>,
/// deterministically per seed. Firm sizes are drawn as Pareto weights and the employed are assigned in
/// proportion (every firm gets at least one employee); localities differ in size (Zipf weights);
/// people are laid out grouped by employer so per-person phases stream.
/// </summary>
public static class RegionGenerator
{
    public static SimulationState Generate(Scenario scenario, int replication, ChunkedExecutor executor)
    {
        var pop = scenario.Population;
        var region = scenario.Region;
        var random = new RandomSource(unchecked((ulong)scenario.Run.Seed + (ulong)replication));
        int people = pop.People;
        int employed = (int)Math.Round(people * pop.EmploymentRate);
        int firmCount = Math.Clamp((int)Math.Round(people * pop.FirmsPer1000People / 1000), employed > 0 ? 1 : 0, Math.Max(employed, 1));
        if (employed == 0) firmCount = 0;

        var localityWeights = new double[region.Localities];
        for (int l = 0; l < localityWeights.Length; l++) localityWeights[l] = 1.0 / (l + 1);
        var localityCumulative = Cumulative(localityWeights);

        var firms = new FirmTable(region.Fields, scenario.Parameters.Ties.MaxTiesPerFirm, Math.Max(16, firmCount + firmCount / 4));
        var sizeCumulative = new double[firmCount];
        double running = 0;
        for (int i = 0; i < firmCount; i++)
        {
            var rng = random.Stream(Purpose.RegionGeneration, 0, EntityKey.Initial(EntityKey.Table.Firm, i));
            int locality = Pick(localityCumulative, rng.NextDouble());
            int field = rng.NextInt(region.Fields);
            double weight = Math.Min(Math.Pow(1 - rng.NextDouble(), -1 / pop.FirmSizeTailExponent), pop.MaxInitialFirmSize);
            running += weight;
            sizeCumulative[i] = running;
            int f = firms.Add(EntityKey.Initial(EntityKey.Table.Firm, i), FirmKind.Sme, FirmOrigin.DeNovo, 0, 0, locality, field);
            var row = firms.KnowledgeOf(f);
            for (int k = 0; k < region.Fields; k++)
                row[k] = (float)(pop.InitialKnowledge * (k == field ? 0.5 + rng.NextDouble() : 0.1 * rng.NextDouble()));
            AbsorptiveCapacity.Refresh(firms, f, KnowledgeKernels.Sum(row), scenario.Parameters.Transfer.AcHalfSaturation);
            firms.DemandShock[f] = (float)(scenario.Parameters.Market.ShockSd * rng.NextNormal());
        }

        // Every firm starts with one employee; the rest of the employed are spread in proportion to size weights.
        var employer = new int[people];
        for (int i = 0; i < people; i++)
        {
            if (i < firmCount) employer[i] = i;
            else if (i < employed)
            {
                var rng = random.Stream(Purpose.RegionGeneration, 1, EntityKey.Initial(EntityKey.Table.Person, i));
                employer[i] = Pick(sizeCumulative, rng.NextDouble());
            }
            else employer[i] = PersonTable.NoEmployer;
        }
        Array.Sort(employer, 0, employed);

        var table = new PersonTable(people);
        for (int i = 0; i < people; i++)
        {
            var rng = random.Stream(Purpose.RegionGeneration, 2, EntityKey.Initial(EntityKey.Table.Person, i));
            int e = employer[i];
            table.Key[i] = EntityKey.Initial(EntityKey.Table.Person, i);
            table.Employer[i] = e;
            table.Skill[i] = (float)rng.NextDouble();
            if (e >= 0)
            {
                firms.Employees[e]++;
                table.Locality[i] = firms.Locality[e];
                table.Field[i] = firms.Field[e];
                table.TenureMonths[i] = rng.NextInt(120);
            }
            else
            {
                table.Locality[i] = Pick(localityCumulative, rng.NextDouble());
                table.Field[i] = rng.NextInt(region.Fields);
            }
        }

        var market = scenario.Parameters.Market;
        for (int f = 0; f < firms.Count; f++)
        {
            int n = firms.Employees[f];
            firms.Kind[f] = n >= 250 ? FirmKind.Large : FirmKind.Sme;
            firms.TargetEmployees[f] = n;
            firms.RevenueUsdPerMonth[f] = (float)(n * market.WagePerMonth * market.Markup);
            firms.CashUsd[f] = scenario.Parameters.Entry.InitialCashMonths * (n * market.WagePerMonth + market.FixedCostPerMonth);
        }

        var state = new SimulationState(scenario, replication, executor, firms, table)
        {
            FieldOpportunity = Enumerable.Repeat(1.0, region.Fields).ToArray(),
            FieldKnowledge = Enumerable.Repeat(pop.InitialKnowledge, region.Fields).ToArray(),
            WageUsdPerMonth = market.WagePerMonth,
        };
        return state;
    }

    private static double[] Cumulative(double[] weights)
    {
        var c = new double[weights.Length];
        double sum = 0;
        for (int i = 0; i < weights.Length; i++) c[i] = sum += weights[i];
        return c;
    }

    /// <summary>An index drawn in proportion to its weight, for a uniform <paramref name="u"/> in [0, 1).</summary>
    private static int Pick(double[] cumulative, double u)
    {
        u *= cumulative[^1];
        int i = Array.BinarySearch(cumulative, u);
        i = i < 0 ? ~i : i + 1;
        return Math.Min(i, cumulative.Length - 1);
    }
}
