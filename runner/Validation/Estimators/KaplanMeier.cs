namespace ClusterSim.Runner.Validation.Estimators;

/// <summary>One subject of a survival analysis: observed for <see cref="Duration"/> time units, ending in the event or censored.</summary>
/// <param name="Duration">Time from entry to the event or to censoring.</param>
/// <param name="Event">True when the event (a firm's exit) ended the observation; false when it was censored (the run ended).</param>
public readonly record struct SurvivalObservation(double Duration, bool Event);

/// <summary>A step of a survival curve: the estimated share surviving beyond <see cref="Time"/>, with subjects still at risk.</summary>
public readonly record struct SurvivalStep(double Time, double Survival, int AtRisk);

/// <summary>
/// The Kaplan–Meier product-limit estimator, S(t) = Π over event times tᵢ ≤ t of (1 − dᵢ / nᵢ), with dᵢ events and nᵢ
/// at risk at tᵢ. An observation censored at tᵢ counts as at risk at tᵢ (the usual convention: censoring after the events).
/// </summary>
public sealed class KaplanMeier
{
    private readonly SurvivalStep[] _steps;

    /// <summary>Time of the last observation: beyond it the curve is not estimated.</summary>
    public double Horizon { get; }

    public int Subjects { get; }

    public KaplanMeier(IEnumerable<SurvivalObservation> observations)
    {
        var sorted = observations.OrderBy(o => o.Duration).ToArray();
        Subjects = sorted.Length;
        Horizon = sorted.Length > 0 ? sorted[^1].Duration : 0;
        var steps = new List<SurvivalStep>();
        double survival = 1;
        int atRisk = sorted.Length;
        for (int i = 0; i < sorted.Length;)
        {
            double t = sorted[i].Duration;
            int events = 0, leaving = 0;
            for (; i < sorted.Length && sorted[i].Duration == t; i++)
            {
                leaving++;
                if (sorted[i].Event) events++;
            }
            if (events > 0)
            {
                survival *= 1 - events / (double)atRisk;
                steps.Add(new SurvivalStep(t, survival, atRisk));
            }
            atRisk -= leaving;
        }
        _steps = [.. steps];
    }

    /// <summary>The curve's steps, at each event time.</summary>
    public IReadOnlyList<SurvivalStep> Steps => _steps;

    /// <summary>
    /// S(t): the estimated share surviving beyond <paramref name="time"/>; beyond the last observation NaN, since nothing
    /// is known there, unless every subject had the event by then (S = 0 from then on).
    /// </summary>
    public double SurvivalAt(double time)
    {
        if (time > Horizon) return _steps.Length > 0 && _steps[^1].Survival == 0 ? 0 : double.NaN;
        double s = 1;
        foreach (var step in _steps)
        {
            if (step.Time > time) break;
            s = step.Survival;
        }
        return s;
    }
}
