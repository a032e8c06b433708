using ClusterSim.Engine.Core;
using ClusterSim.Engine.Mechanisms.Firms;
using ClusterSim.Engine.Mechanisms.Parks;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Incubation;

/// <summary>
/// M8, the incubation pipeline: idea → pre-incubation → selection → incubation (graduation and aftercare
/// are in ManageParks). A bic_incubator receives Poisson(ideas × visibility) ideas a month, each with a
/// technology and a commercial merit. Pre-incubation passes an idea with probability
/// min(1, 2 · pass rate · mean merit): it filters "those ideas with real potential" (WB:L265). Selection
/// scores ideas w·tech + (1 − w)·commercial (WB:L160–162) against the park's threshold and takes the best
/// into the free slots. A selected idea becomes a firm founded by an unemployed person of the locality,
/// starting in the incubator with seed money and a knowledge share by its technology merit; its commercial
/// merit, which the selection only partly sees, shapes its revenue.
/// </summary>
[PhaseSummary("ideas, pre-incubation, selection, new incubated firms")]
internal sealed class IncubateIdeas : IPhase
{
    // Unemployed people of the park's locality, reused from tick to tick.
    private readonly List<int> _founders = [];

    public void Run(SimulationState s)
    {
        var parks = s.Parks;
        for (int k = 0; k < parks.Count; k++)
        {
            if (parks.Specs[k].Model != ParkModel.BicIncubator) continue;
            int free = parks.AvailableSlots(k) - parks.Tenants[k];
            if (free <= 0) continue;
            var rng = s.Random.Stream(Purpose.Incubation, s.Tick, parks.Key[k]);
            int ideas = rng.NextPoisson(s.Parameters.Of<IncubationParameters>().IdeasPerMonth * parks.Visibility[k]);
            if (ideas == 0) continue;
            Select(s, k, ideas, free);
        }
    }

    private void Select(SimulationState s, int park, int ideas, int free)
    {
        var spec = s.Parks.Specs[park];
        var proposals = new List<(double Score, int Idea, double Tech, double Commercial)>();
        double threshold = ParkTerms.Threshold(s, park);
        for (int j = 0; j < ideas; j++)
        {
            var idea = s.Random.Stream(Purpose.Incubation, s.Tick, EntityKey.Child(s.Parks.Key[park], s.Tick, j));
            double tech = idea.NextDouble(), commercial = idea.NextDouble();
            if (!idea.Bernoulli(Math.Min(1, 2 * spec.PreincubationPassRate * (tech + commercial) / 2))) continue;
            double score = spec.SelectionTechWeight * tech + (1 - spec.SelectionTechWeight) * commercial;
            if (score >= threshold) proposals.Add((score, j, tech, commercial));
        }
        // Best scores first; ideas are numbered, so ties resolve the same way every run.
        proposals.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Idea.CompareTo(b.Idea));
        var candidates = _founders;
        candidates.Clear();
        if (proposals.Count > 0) UnemployedIn(s, spec.Locality, candidates);
        foreach (var (_, j, tech, commercial) in proposals.Take(free))
        {
            if (candidates.Count == 0) return;
            int pick = s.Random.Stream(Purpose.IncubationFounder, s.Tick, EntityKey.Child(s.Parks.Key[park], s.Tick, j)).NextInt(candidates.Count);
            int founder = candidates[pick];
            candidates.RemoveAt(pick); // now employed by the new firm; order kept so later picks are as before
            int f = NewFirms.Found(s, founder, FirmOrigin.DeNovo, 0, 0, spec.Locality);
            var firms = s.Firms;
            var row = firms.KnowledgeOf(f);
            var fieldMean = s.Region.FieldKnowledge.AsSpan(firms.Field[f] * firms.Stride, firms.Stride);
            for (int k = 0; k < row.Length; k++) row[k] = (float)((0.5 + tech) * fieldMean[k]);
            firms.Merit[f] = (float)commercial;
            double seedMoney = s.Parameters.Of<IncubationParameters>().SeedMoneyUsd;
            firms.CashUsd[f] += seedMoney;
            ParkAccount.PaySeedMoney(s, park, seedMoney);
            ParkTerms.Admit(s, f, park);
            NewFirms.Finish(s, f);
        }
    }

    /// <summary>The unemployed people of <paramref name="locality"/>, in row order: one scan of the people per incubator and tick.</summary>
    private static void UnemployedIn(SimulationState s, int locality, List<int> into)
    {
        var people = s.People;
        for (int i = 0; i < people.Count; i++)
            if (people.Present[i] && !people.IsEmployed(i) && people.Locality[i] == locality) into.Add(i);
    }
}
