using ClusterSim.Loader;

namespace ClusterSim.Runner.Sweeps.Designs;

/// <summary>How a design's unit coordinate in [0, 1) becomes a key's value: uniform, log-uniform or whole numbers over [low, high].</summary>
public static class UnitRange
{
    public static double Value(SweepParameter p, double unit)
    {
        double low = p.Low!.Value, high = p.High!.Value;
        return p.Distribution switch
        {
            SweepDistribution.LogUniform => Math.Exp(Math.Log(low) + unit * (Math.Log(high) - Math.Log(low))),
            // Each of the high − low + 1 whole numbers gets an equal share of the unit interval.
            SweepDistribution.Integer => Math.Min(high, Math.Floor(low + unit * (Math.Floor(high) - Math.Ceiling(low) + 1))),
            _ => low + unit * (high - low),
        };
    }
}
