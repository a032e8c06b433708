namespace ClusterSim.Engine.Mechanisms.Market;

/// <summary>
/// The regional market clears through the regional price (a small open economy with Armington trade): the region's
/// goods and outside goods are imperfect substitutes with elasticity σ (trade_elasticity), so at a regional price p
/// per unit of market weight and an import price p_m, imports take m(p) = θ·(p/p_m)^(σ−1) / (θ·(p/p_m)^(σ−1) + 1) of
/// the spending S, and p solves p · Σe = (1 − m(p)) · S. Excess demand raises the price, which draws imports and
/// costs exports until demand meets what the region's firms offer; a region whose weights grow (productivity) sells
/// at a lower price, so it imports less and exports more. σ = 1 is the closed model's fixed import share.
/// </summary>
internal static class RegionalMarket
{
    /// <summary>The import share of the regional market at regional price <paramref name="price"/>.</summary>
    public static double ImportShare(double price, double importPrice, double importWeight, double elasticity)
    {
        double x = importWeight * Math.Pow(price / importPrice, elasticity - 1);
        return x / (x + 1);
    }

    /// <summary>The regional price at which the region's weight <paramref name="weight"/> sells what spending <paramref name="spending"/> buys of it.</summary>
    public static double Price(double weight, double spending, double importPrice, double importWeight, double elasticity)
    {
        if (weight <= 0 || spending <= 0) return 0;
        // p·Σe rises and (1 − m(p))·S falls with p (σ ≥ 1) or rises more slowly (σ < 1): bisect in logs, a fixed number of
        // steps so the answer does not depend on anything but the inputs.
        double lo = Math.Log(spending / weight) - 30, hi = Math.Log(spending / weight) + 1;
        for (int i = 0; i < 100; i++)
        {
            double mid = 0.5 * (lo + hi), p = Math.Exp(mid);
            if (p * weight > (1 - ImportShare(p, importPrice, importWeight, elasticity)) * spending) hi = mid; else lo = mid;
        }
        return Math.Exp(0.5 * (lo + hi));
    }

    /// <summary>
    /// The regional price at which the generated region, selling <paramref name="weight"/> at home and
    /// <paramref name="exportScale"/> · p^(1 − σ) abroad, sells <paramref name="sales"/> in all. With σ above 1 exports
    /// grow without bound as the price falls, so of the two prices that balance, this is the higher, above the price
    /// where total sales are lowest; where no price balances, that lowest point.
    /// </summary>
    public static double StartingPrice(double weight, double sales, double exportScale, double elasticity)
    {
        if (weight <= 0 || sales <= 0) return 0;
        double Sales(double p) => p * weight + exportScale * Math.Pow(p, 1 - elasticity);
        double lowest = elasticity > 1 && exportScale > 0 ? Math.Pow((elasticity - 1) * exportScale / weight, 1 / elasticity) : 0;
        double hi = Math.Max(sales / weight, lowest);
        if (lowest > 0 && Sales(lowest) >= sales) return lowest;
        double lo = lowest > 0 ? Math.Log(lowest) : Math.Log(sales / weight) - 30, logHi = Math.Log(hi);
        for (int i = 0; i < 100; i++)
        {
            double mid = 0.5 * (lo + logHi);
            if (Sales(Math.Exp(mid)) > sales) logHi = mid; else lo = mid;
        }
        return Math.Exp(0.5 * (lo + logHi));
    }
}
