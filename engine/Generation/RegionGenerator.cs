using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Firms;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Mechanisms.Labour;
using ClusterSim.Engine.Mechanisms.Market;
using ClusterSim.Engine.Mechanisms.Ties;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Generation;

/// <summary>
/// Builds the starting region of a replication from the scenario's <c>region</c>, <c>population</c> and
/// <c>institutions</c>, deterministically per seed. Firm sizes are drawn as Pareto weights and the employed
/// are assigned in proportion (every firm gets at least one employee); localities differ in size (Zipf
/// weights); institutions fill their research posts first; people are laid out grouped by employer so
/// per-person phases stream.
/// </summary>
internal static class RegionGenerator
{
    public static SimulationState Generate(Scenario scenario, int replication, ChunkedExecutor executor)
    {
        var pop = scenario.Population;
        var region = scenario.Region;
        var parameters = scenario.Parameters;
        var random = new RandomSource(unchecked((ulong)scenario.Run.SeedOf(replication)));
        int people = pop.People;
        int employed = (int)Math.Round(people * pop.EmploymentRate);
        var institutions = new InstitutionTable(scenario.Institutions.KnowledgeInstitutions, (region.Fields + 7) / 8 * 8);
        int researchers = Math.Min(employed, institutions.ResearcherPosts.Sum());
        int firmEmployed = employed - researchers;
        int firmCount = firmEmployed == 0 ? 0 : Math.Clamp((int)Math.Round(people * pop.FirmsPer1000People / 1000), 1, firmEmployed);
        int highTech = region.HighTechFields;

        var localityCumulative = WeightedPicks.LocalityCumulative(region);

        SetUpInstitutions(institutions, region.Fields, random, parameters);

        var firms = new FirmTable(region.Fields, parameters.Of<TieParameters>().MaxTiesPerFirm, Math.Max(16, firmCount + firmCount / 2));
        var sizeCumulative = new double[Math.Max(firmCount, 1)];
        double running = 0;
        for (int i = 0; i < firmCount; i++)
        {
            var rng = random.Stream(Purpose.RegionGeneration, 0, EntityKey.Initial(EntityKey.Table.Firm, i));
            int locality = WeightedPicks.Pick(localityCumulative, rng.NextDouble());
            int field = rng.NextInt(region.Fields);
            double weight = Math.Min(Math.Pow(1 - rng.NextDouble(), -1 / pop.FirmSizeTailExponent), pop.MaxInitialFirmSize);
            running += weight;
            sizeCumulative[i] = running;
            int f = firms.Add(EntityKey.Initial(EntityKey.Table.Firm, i), FirmKind.Sme, FirmOrigin.DeNovo, 0, 0, 0, locality, field);
            firms.Activity[f] = field < highTech ? (FirmActivity)(1 + rng.NextInt(2)) : FirmActivity.Manufacturing;
            var row = firms.KnowledgeOf(f);
            for (int k = 0; k < region.Fields; k++)
                row[k] = (float)(pop.InitialKnowledge * (k == field ? 0.5 + rng.NextDouble() : 0.1 * rng.NextDouble()));
            AbsorptiveCapacity.Refresh(firms, f, KnowledgeKernels.Sum(row), parameters.Of<TransferParameters>().AcHalfSaturation);
            // Shocks start from their stationary distribution, sd = σ / √(1 − ρ²), as if the firm had always been there.
            double rho = parameters.Of<MarketParameters>().ShockPersistence;
            firms.DemandShock[f] = (float)(parameters.Of<MarketParameters>().ShockSd / Math.Sqrt(1 - rho * rho) * rng.NextNormal());
            double rhoZ = parameters.Of<MarketParameters>().ProductivityShockPersistence;
            firms.ProductivityShock[f] = (float)(parameters.Of<MarketParameters>().ProductivityShockSd / Math.Sqrt(1 - rhoZ * rhoZ) * rng.NextNormal());
        }

        // Employers: research posts first (coded −2 − institution), then one employee per firm, then the
        // rest of the employed in proportion to firm size weights. Sorting groups people by employer.
        var employer = new long[people];
        int at = 0;
        for (int inst = 0; inst < institutions.Count; inst++)
            for (int r = 0; r < institutions.ResearcherPosts[inst] && at < researchers; r++) employer[at++] = -2 - inst;
        for (int i = at; i < people; i++)
        {
            int j = i - at;
            if (j < firmCount) employer[i] = j;
            else if (i < employed)
                employer[i] = WeightedPicks.Pick(sizeCumulative, random.Stream(Purpose.RegionGeneration, 1, EntityKey.Initial(EntityKey.Table.Person, i)).NextDouble());
            else employer[i] = long.MaxValue;
        }
        Array.Sort(employer);

        var table = new PersonTable(people + people / 4);
        double minAge = pop.MinAgeYears * 12, ageSpan = Math.Max(0, pop.MaxAgeYears - pop.MinAgeYears) * 12;
        for (int i = 0; i < people; i++)
        {
            var rng = random.Stream(Purpose.RegionGeneration, 2, EntityKey.Initial(EntityKey.Table.Person, i));
            long e = employer[i];
            int age = (int)(minAge + rng.NextDouble() * ageSpan);
            float skill = (float)rng.NextDouble();
            int p;
            if (e >= 0 && e != long.MaxValue)
            {
                int f = (int)e;
                p = table.Add(EntityKey.Initial(EntityKey.Table.Person, i), age, firms.Locality[f], firms.Field[f], skill,
                    firms.Knowledge[f * firms.Stride + firms.Field[f]] * (float)(0.5 + rng.NextDouble()));
                table.Employer[p] = f;
                firms.Employees[f]++;
            }
            else if (e < 0)
            {
                int inst = (int)(-2 - e);
                int field = institutions.DrawField(inst, rng.NextDouble());
                p = table.Add(EntityKey.Initial(EntityKey.Table.Person, i), age, institutions.Locality[inst], field, 0.5f + 0.5f * skill,
                    institutions.Knowledge[inst * institutions.Stride + field] * (float)(0.5 + rng.NextDouble()));
                table.Institution[p] = inst;
                institutions.Researchers[inst]++;
            }
            else
            {
                p = table.Add(EntityKey.Initial(EntityKey.Table.Person, i), age, WeightedPicks.Pick(localityCumulative, rng.NextDouble()),
                    rng.NextInt(region.Fields), skill, (float)(pop.InitialKnowledge * rng.NextDouble()));
            }
            if (table.IsEmployed(p)) table.TenureMonths[p] = rng.NextInt(120);
        }

        var market = parameters.Of<MarketParameters>();
        for (int f = 0; f < firms.Count; f++)
        {
            int n = firms.Employees[f];
            firms.Kind[f] = n >= 250 ? FirmKind.Large : firms.Field[f] < highTech ? FirmKind.Ntbf : FirmKind.Sme;
            if (firms.Kind[f] != FirmKind.Ntbf) firms.Activity[f] = FirmActivity.Manufacturing;
            firms.TargetEmployees[f] = n;
            // The generated region sold, the month before, what a firm of mean productivity sells: value added at the
            // markup over wages, less the price discount of size beyond the reference size, grossed up by its purchased
            // inputs (the market's starting balance rests on it).
            firms.RevenueUsdPerMonth[f] = (float)(n * market.WagePerMonth * market.Markup
                * Math.Pow(Math.Max(n, market.ReferenceFirmSize) / market.ReferenceFirmSize, -market.SizeElasticityOfPrice) / (1 - market.InputShare));
            firms.PurchasesUsdPerMonth[f] = (float)(market.InputShare * firms.RevenueUsdPerMonth[f]);
            // Firms of the generated region have histories: cash buffers (U(0, 2) × a new firm's) vary, so the weak ones do
            // not all fail at once.
            var history = random.Stream(Purpose.RegionGeneration, 3, firms.Key[f]);
            firms.Wage[f] = (float)(market.WagePerMonth * FirmWages.LevelOf(region, firms.Locality[f]));
            firms.CashUsd[f] = 2 * history.NextDouble() * parameters.Of<EntryParameters>().InitialCashMonths * (n * (double)firms.Wage[f] + market.FixedCostPerMonth);
        }

        MakeAffiliates(firms, pop.TncAffiliates);
        var state = new SimulationState(scenario, replication, executor, firms, table, institutions);
        state.Region.Frontier.AsSpan(0, region.Fields).Fill((float)parameters.Of<TransferParameters>().FrontierKnowledge);
        // The labour market as the first tick's demography sees it, before the first market phase sets it.
        for (int l = 0; l < region.Localities; l++) state.Region.LocalityWage[l] = market.WagePerMonth * FirmWages.LevelOf(region, l);
        state.Region.WageUsdPerMonth = market.WagePerMonth;
        state.Region.OutsideWageUsdPerMonth = market.WagePerMonth;
        state.Region.ReservationWageUsdPerMonth = parameters.Of<LabourParameters>().ReservationWageShare * market.WagePerMonth;
        int unemployed = 0;
        for (int i = 0; i < table.Count; i++) if (!table.IsEmployed(i)) unemployed++;
        state.Region.Unemployment = table.Count > 0 ? unemployed / (double)table.Count : 0;
        // A generated firm has made its R&D decision already (the review phase then revisits each in its month),
        // and the region's top decile is known before the first tick, as after every tick.
        for (int f = 0; f < firms.Count; f++)
        {
            var rng = state.Random.Stream(Purpose.RdReview, state.Tick, firms.Key[f]);
            firms.RdPerformer[f] = RdDecision.Decide(state, f, ref rng);
        }
        new RankKnowledge().Run(state);
        return state;
    }

    /// <summary>Each institution gets a research profile over the fields and a starting knowledge vector at its steady state.</summary>
    private static void SetUpInstitutions(InstitutionTable institutions, int fields, RandomSource random, ModelParameters p)
    {
        for (int i = 0; i < institutions.Count; i++)
        {
            var rng = random.Stream(Purpose.InstitutionSetup, 0, institutions.Key[i]);
            var focus = institutions.FieldFocus.AsSpan(i * institutions.Stride, fields);
            double total = 0;
            for (int k = 0; k < fields; k++) total += focus[k] = (float)Math.Pow(rng.NextDouble(), 2);
            for (int k = 0; k < fields; k++) focus[k] = (float)(focus[k] / total);
            double perMonth = p.Of<KnowledgeParameters>().InstitutionResearchYield * institutions.ResearchBudgetUsdPerYear[i] / 1e6;
            double delta = Math.Max(p.Of<KnowledgeParameters>().ObsolescencePerMonth, 1e-6);
            var k0 = institutions.KnowledgeOf(i);
            for (int k = 0; k < fields; k++) k0[k] = (float)(perMonth * focus[k] / delta);
        }
    }

    /// <summary>The largest firms (ties broken by row) become multinational affiliates.</summary>
    private static void MakeAffiliates(FirmTable firms, int count)
    {
        if (count == 0) return;
        var rows = Enumerable.Range(0, firms.Count).OrderByDescending(f => firms.Employees[f]).ThenBy(f => f).Take(count);
        foreach (int f in rows) firms.Kind[f] = FirmKind.TncAffiliate;
    }
}
