using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Firms;

/// <summary>
/// M19, de novo entry, driven by opportunity and entrepreneurship, never by a target count: each
/// unemployed person founds a firm with probability rate × regional entrepreneurship × opportunity of
/// their field (the field's margin relative to a normal one). The firm starts in the founder's locality
/// and field with a share of the mean knowledge vector of the field's firms.
/// </summary>
[PhaseSummary("unemployed people found de novo firms")]
internal sealed class EnterFirms : IPhase
{
    // Rows proposed by each chunk, reused from tick to tick.
    private readonly ChunkBuffers<int> _founders = new();

    public void Run(SimulationState s)
    {
        var people = s.People;
        var firms = s.Firms;
        _founders.Reset(s.Executor.ChunkCount(people.Count));
        s.Executor.For(people.Count, new ProposeBody(s, s.Parameters.Of<EntryParameters>().EntrepreneurshipPerMonth * s.Scenario.Region.Entrepreneurship, _founders));
        for (int c = 0; c < _founders.Chunks; c++)
        {
            foreach (int founder in _founders.Chunk(c))
            {
                int f = NewFirms.Found(s, founder, FirmOrigin.DeNovo, 0, 0, people.Locality[founder]);
                var row = firms.KnowledgeOf(f);
                var fieldMean = s.Region.FieldKnowledge.AsSpan(firms.Field[f] * firms.Stride, firms.Stride);
                for (int k = 0; k < row.Length; k++) row[k] = (float)(s.Parameters.Of<EntryParameters>().InheritedKnowledgeShare * fieldMean[k]);
                NewFirms.Finish(s, f);
            }
        }
    }

    private readonly struct ProposeBody(SimulationState s, double hazard, ChunkBuffers<int> founders) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            var people = s.People;
            var opportunity = s.Region.FieldOpportunity;
            for (int i = start; i < end; i++)
            {
                if (!people.Present[i] || people.IsEmployed(i)) continue;
                var rng = s.Random.Stream(Purpose.FirmEntry, s.Tick, people.Key[i]);
                if (rng.Bernoulli(hazard * opportunity[people.Field[i]])) founders.Add(chunk, i);
            }
        }
    }
}
