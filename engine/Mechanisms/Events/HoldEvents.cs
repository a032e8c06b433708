using ClusterSim.Engine.Core;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Mechanisms.Ties;
using ClusterSim.Engine.Policies;
using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Events;

/// <summary>
/// M10, events and footfall. A park holds Poisson(events a year / 12) events a month (its own plus the
/// brokerage_events lever at the park); the lever aimed at a locality adds brokers' events there. An event
/// gathers attendees drawn from the firms of its locality; attendees met in turn form collaboration ties
/// with the tie probability, and a park's visibility rises. When events stop, visibility drifts back and
/// the ties decay: networks are entropic (WB:L450).
/// </summary>
[PhaseSummary("events at parks and brokers' events; ties among attendees; visibility")]
internal sealed class HoldEvents : IPhase
{
    public void Run(SimulationState s)
    {
        var parks = s.Parks;
        var lever = s.Policy.Target(Levers.BrokerageEvents);
        for (int k = 0; k < parks.Count; k++)
        {
            if (parks.Closed[k])
            {
                parks.EventsHeld[k] = 0;
                continue;
            }
            double brokered = lever.Scope == TargetScope.Locality ? 0 : s.Policy.LevelFor(Levers.BrokerageEvents, TargetScope.Park, k);
            int held = Hold(s, parks.Key[k], parks.Specs[k].Locality, (parks.Specs[k].EventsPerYear + brokered) / 12, brokered / 12);
            parks.EventsHeld[k] = held;
            parks.Visibility[k] += held * s.Parameters.Of<EventParameters>().VisibilityPerEvent;
        }
        if (lever.Scope == TargetScope.Locality)
        {
            ulong brokerKey = EntityKey.Child(s.RegionKey, 1, lever.Index);
            double perMonth = s.Policy.Level(Levers.BrokerageEvents) / 12;
            s.Flows.Add(IndicatorCatalog.EventsHeld, Hold(s, brokerKey, lever.Index, perMonth, perMonth));
        }
    }

    /// <summary>Holds this month's events of one organiser; returns how many. Lever-funded events are costed.</summary>
    private static int Hold(SimulationState s, ulong organiser, int locality, double perMonth, double leverPerMonth)
    {
        var rng = s.Random.Stream(Purpose.Events, s.Tick, organiser);
        int events = rng.NextPoisson(perMonth);
        var pool = s.Neighbourhoods.InLocality(locality);
        var p = s.Parameters.Of<EventParameters>();
        for (int e = 0; e < events && pool.Length > 1; e++)
        {
            int previous = pool[rng.NextInt(pool.Length)];
            for (int a = 1; a < Math.Min(p.Attendees, pool.Length); a++)
            {
                int next = pool[rng.NextInt(pool.Length)];
                if (next != previous && rng.Bernoulli(p.TieProbability))
                    TieSlots.TieBothWays(s.Firms, previous, next, TieLayer.Collaboration, 1f);
                previous = next;
            }
        }
        if (perMonth > 0) s.Policy.Spend[Levers.BrokerageEvents.Index] += events * (leverPerMonth / perMonth) * p.CostUsd;
        s.Flows.Add(IndicatorCatalog.EventsHeld, events);
        return events;
    }
}
