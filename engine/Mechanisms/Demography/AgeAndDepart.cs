using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Labour;
using ClusterSim.Engine.Randomness;

namespace ClusterSim.Engine.Mechanisms.Demography;

/// <summary>
/// Demography, outflows: everyone ages a month; from the retirement age people retire with a monthly
/// hazard, and all retire at the mandatory age; anyone may leave the region with the emigration rate over the
/// region's pull R^η (MigrationResponse), so people leave faster when the outside pays or hires better.
/// Departures are proposed per person in parallel and applied in chunk order.
/// </summary>
[PhaseSummary("ageing, retirement, emigration (more when the outside pays or hires better)")]
internal sealed class AgeAndDepart : IPhase
{
    // Rows proposed by each chunk, reused from tick to tick.
    private readonly ChunkBuffers<int> _departures = new();

    public void Run(SimulationState s)
    {
        var people = s.People;
        _departures.Reset(s.Executor.ChunkCount(people.Count));
        var p = s.Parameters.Of<DemographyParameters>();
        s.Executor.For(people.Count, new Body(s, p, Math.Min(1, p.EmigrationRatePerMonth / MigrationResponse.Pull(s)), _departures));
        for (int c = 0; c < _departures.Chunks; c++)
        {
            foreach (int code in _departures.Chunk(c))
            {
                // Retirements are written as the row, emigrations as −row − 1.
                int person = code >= 0 ? code : -code - 1;
                Employment.Leave(s, person);
                people.Remove(person);
                if (code >= 0) s.Flows.Count(IndicatorCatalog.Retirements);
                else
                {
                    s.Flows.Count(IndicatorCatalog.MigrantsOut);
                    s.Flows.Add(IndicatorCatalog.NetMigration, -1);
                }
            }
        }
    }

    private readonly struct Body(SimulationState s, DemographyParameters p, double emigration, ChunkBuffers<int> departures) : IChunkBody
    {
        public void Run(int chunk, int start, int end)
        {
            var people = s.People;
            int retireFrom = (int)(p.RetirementAgeYears * 12), mandatory = (int)(p.MandatoryRetirementAgeYears * 12);
            for (int i = start; i < end; i++)
            {
                if (!people.Present[i]) continue;
                int age = ++people.AgeMonths[i];
                // The retirement draw is made only from the retirement age: most people skip a Philox block.
                if (age >= mandatory || (age >= retireFrom && s.Random.Stream(Purpose.Retirement, s.Tick, people.Key[i]).Bernoulli(p.RetirementHazardPerMonth)))
                    departures.Add(chunk, i);
                else if (s.Random.Stream(Purpose.Emigration, s.Tick, people.Key[i]).Bernoulli(emigration))
                    departures.Add(chunk, -i - 1);
            }
        }
    }
}
