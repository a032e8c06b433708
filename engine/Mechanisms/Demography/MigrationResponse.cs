using ClusterSim.Engine.Core;

namespace ClusterSim.Engine.Mechanisms.Demography;

/// <summary>
/// How migration and graduates' staying respond to the region's prospects (Harris &amp; Todaro 1970): the expected
/// income ratio R = (1 − u) · w̄ / ((1 − u_out) · w_out), the region's employment rate times its mean wage over the
/// outside's, as the last market phase left them. Immigration scales with R^η and emigration with R^−η, η the
/// migration elasticity, so better-paid jobs that are easier to find draw people in and a rising outside wage pushes
/// them out; at R = 1 both run at their base rates.
/// </summary>
internal static class MigrationResponse
{
    /// <summary>R, the region's expected income over the outside's (1 when either is unknown).</summary>
    public static double IncomeRatio(SimulationState s)
    {
        double outside = (1 - s.Parameters.Of<DemographyParameters>().OutsideUnemployment) * s.Region.OutsideWageUsdPerMonth;
        double inside = (1 - s.Region.Unemployment) * s.Region.WageUsdPerMonth;
        return outside > 0 && inside > 0 ? inside / outside : 1;
    }

    /// <summary>R^η: what multiplies the base immigration rate (and, inverted, the emigration rate).</summary>
    public static double Pull(SimulationState s) => Math.Pow(IncomeRatio(s), s.Parameters.Of<DemographyParameters>().MigrationElasticity);
}
