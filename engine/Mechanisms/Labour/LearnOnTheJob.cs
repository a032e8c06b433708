using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Training;

namespace ClusterSim.Engine.Mechanisms.Labour;

/// <summary>
/// Tacit knowledge of people (M3, M7). An employee closes a share of the gap between their expertise and
/// their employer's knowledge in their field each month; training speeds this in proportion to the firm's
/// training share, the worker's skill, and more in high-tech fields (UN ¶45–47 L192–196). Researchers learn
/// from their institution. The unemployed slowly lose expertise. Also computes mean expertise per field.
/// </summary>
[PhaseSummary("people's expertise moves toward their employer's knowledge")]
internal sealed class LearnOnTheJob : IPhase
{
    public void Run(SimulationState s)
    {
        int fields = s.Scenario.Region.Fields;
        Span<double> sums = stackalloc double[2 * fields];
        s.Executor.Reduce(s.People.Count, new Body(s), sums);
        for (int k = 0; k < fields; k++)
            if (sums[fields + k] > 0) s.Region.FieldExpertise[k] = sums[k] / sums[fields + k];
    }

    private readonly struct Body(SimulationState s) : IChunkReduction
    {
        public void Run(int chunk, int start, int end, Span<double> sums)
        {
            var people = s.People;
            var firms = s.Firms;
            var inst = s.Institutions;
            var p = s.Parameters;
            int fields = s.Scenario.Region.Fields;
            for (int i = start; i < end; i++)
            {
                if (!people.Present[i]) continue;
                int field = people.Field[i];
                float e = people.Expertise[i];
                int firm = people.Employer[i], institution = people.Institution[i];
                if (firm >= 0)
                {
                    double boost = 1 + p.Of<TrainingParameters>().LearningBoost * firms.TrainingShare[firm] * people.Skill[i] * (s.IsHighTech(field) ? p.Of<TrainingParameters>().HighTechMultiplier : 1);
                    float gap = firms.Knowledge[firm * firms.Stride + field] - e;
                    if (gap > 0) e += (float)Math.Min(1, p.Of<LabourParameters>().OnTheJobLearningPerMonth * boost) * gap;
                }
                else if (institution >= 0)
                {
                    float gap = inst.Knowledge[institution * inst.Stride + field] - e;
                    if (gap > 0) e += (float)p.Of<LabourParameters>().OnTheJobLearningPerMonth * gap;
                }
                else e *= (float)(1 - p.Of<LabourParameters>().UnemployedExpertiseDecayPerMonth);
                people.Expertise[i] = e;
                if (firm >= 0 || institution >= 0)
                {
                    sums[field] += e;
                    sums[fields + field] += 1;
                    people.TenureMonths[i]++;
                }
            }
        }
    }
}
