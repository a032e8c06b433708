using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Firms;
using ClusterSim.Engine.Mechanisms.Ties;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Spinoffs;

/// <summary>
/// M5, spin-offs, "the single most important collective learning process" (TSER ¶27 L57). An employee
/// founds a firm with hazard h₀(parent type) × regional entrepreneurship × (e / ē_field)^a × opportunity,
/// h₀ per university, research institute, large firm (corporate) or SME parent. The spin-off starts with a
/// share of the founder's expertise and of the parent's knowledge (embodied expertise, TSER ¶24 L54), keeps
/// a parent tie (TSER ¶23 L50), mostly stays in the parent's locality, and is generation 1, or one more than
/// a spin-off parent's. Corporate spin-offs grow faster (TSER ¶20 L47).
/// </summary>
[PhaseSummary("employees found spin-offs")]
internal sealed class FoundSpinoffs : IPhase
{
    // Rows proposed by each chunk, reused from tick to tick.
    private readonly ChunkBuffers<int> _founders = new();

    public void Run(SimulationState s)
    {
        var people = s.People;
        _founders.Reset(s.Executor.ChunkCount(people.Count));
        s.Executor.For(people.Count, new ProposeBody(s, _founders));
        for (int c = 0; c < _founders.Chunks; c++)
            foreach (int founder in _founders.Chunk(c)) Found(s, founder);
    }

    internal static void Found(SimulationState s, int founder)
    {
        var people = s.People;
        var firms = s.Firms;
        var inst = s.Institutions;
        var p = s.Parameters.Of<SpinoffParameters>();
        int parentFirm = people.Employer[founder], parentInstitution = people.Institution[founder];
        bool fromFirm = parentFirm >= 0;
        FirmOrigin origin = fromFirm
            ? firms.Kind[parentFirm] is FirmKind.Large or FirmKind.TncAffiliate ? FirmOrigin.CorporateSpinoff : FirmOrigin.SmeSpinoff
            : inst.Kind[parentInstitution] == InstitutionKind.University ? FirmOrigin.UniversitySpinoff : FirmOrigin.ResearchInstituteSpinoff;
        ulong parentKey = fromFirm ? firms.Key[parentFirm] : inst.Key[parentInstitution];
        int generation = fromFirm && firms.Origin[parentFirm] != FirmOrigin.DeNovo ? firms.Generation[parentFirm] + 1 : 1;
        int parentLocality = fromFirm ? firms.Locality[parentFirm] : inst.Locality[parentInstitution];
        var rng = s.Random.Stream(Purpose.Spinoff, s.Tick, EntityKey.Child(people.Key[founder], s.Tick, 0));
        int locality = rng.Bernoulli(p.LocalShare) ? parentLocality
            : WeightedPicks.Pick(s.LocalityCumulative, rng.NextDouble());
        float expertise = people.Expertise[founder];

        int f = NewFirms.Found(s, founder, origin, parentKey, generation, locality);
        var row = firms.KnowledgeOf(f);
        var parentKnowledge = fromFirm ? firms.KnowledgeOf(parentFirm) : inst.KnowledgeOf(parentInstitution);
        for (int k = 0; k < row.Length; k++) row[k] = (float)(p.ParentKnowledgeShare * parentKnowledge[k]);
        row[firms.Field[f]] += (float)(p.FounderKnowledgeShare * expertise);
        if (origin == FirmOrigin.CorporateSpinoff) firms.GrowthMultiplier[f] = (float)p.CorporateGrowthMultiplier;

        if (fromFirm)
        {
            TieSlots.TieBothWays(firms, f, parentFirm, TieLayer.Parent, (float)p.ParentTieWeight);
        }
        else
        {
            firms.InstitutionTie[f] = parentInstitution;
            firms.InstitutionTieWeight[f] = (float)p.ParentTieWeight;
        }
        NewFirms.Finish(s, f);
        switch (origin)
        {
            case FirmOrigin.UniversitySpinoff: s.Flows.Count(IndicatorCatalog.SpinoffsUniversity); break;
            case FirmOrigin.ResearchInstituteSpinoff: s.Flows.Count(IndicatorCatalog.SpinoffsResearchInstitute); break;
            case FirmOrigin.CorporateSpinoff: s.Flows.Count(IndicatorCatalog.SpinoffsCorporate); break;
            default: s.Flows.Count(IndicatorCatalog.SpinoffsSme); break;
        }
    }

    private readonly struct ProposeBody(SimulationState s, ChunkBuffers<int> founders) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            var people = s.People;
            var firms = s.Firms;
            var inst = s.Institutions;
            var p = s.Parameters.Of<SpinoffParameters>();
            double culture = s.Scenario.Region.Entrepreneurship;
            for (int i = start; i < end; i++)
            {
                if (!people.Present[i]) continue;
                int firm = people.Employer[i], institution = people.Institution[i];
                double h0;
                if (firm >= 0) h0 = firms.Kind[firm] is FirmKind.Large or FirmKind.TncAffiliate ? p.CorporateRatePerMonth : p.SmeRatePerMonth;
                else if (institution >= 0) h0 = inst.Kind[institution] == InstitutionKind.University ? p.UniversityRatePerMonth : p.ResearchInstituteRatePerMonth;
                else continue;
                int field = people.Field[i];
                double relative = s.Region.FieldExpertise[field] > 0 ? people.Expertise[i] / s.Region.FieldExpertise[field] : 1;
                // Math.Pow(x, 1) is exactly x; skipping it for the default elasticity saves a fifth of this phase.
                double expertise = p.ExpertiseElasticity == 1 ? Math.Max(relative, 0) : Math.Pow(Math.Max(relative, 0), p.ExpertiseElasticity);
                double hazard = h0 * culture * expertise * s.Region.FieldOpportunity[field];
                if (s.Random.Stream(Purpose.Spinoff, s.Tick, people.Key[i]).Bernoulli(hazard)) founders.Add(chunk, i);
            }
        }
    }
}
