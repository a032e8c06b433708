using ClusterSim.Engine.Indicators;
using ClusterSim.Runner.Report;
using ClusterSim.Runner.Statistics;

namespace ClusterSim.Tests.Runner.Report;

/// <summary>The bottom line leads with what is distinguishable from noise, in human units, and says how the family was tested.</summary>
public class BottomLineTests
{
    private static string Paragraph(IReadOnlyList<Finding> findings) => BottomLine.Html(findings, BottomLine.Distinguishable(findings), "final year");

    private static Finding F(string indicator, string unit, double mean, double low, double high, double dz, IndicatorKind kind = IndicatorKind.Stock) =>
        new("variant", indicator, unit, kind, 10, new MeanInterval(mean, low, high), dz, 38_346, new MeanInterval(12 * 38_346 / mean, 12 * 38_346 / high, 12 * 38_346 / low));

    [Test]
    public void DistinguishableEffectsComeFirstLargestEffectFirstInHumanUnits()
    {
        string html = Paragraph(
        [
            F("firms_alive", "firms", 4, -3, 11, 0.3),                         // noise
            F("unemployment_rate", "share 0–1", -0.004, -0.005, -0.003, -3.0), // clear, |d_z| 3
            F("employment", "persons", 120, 80, 160, 5.0),                     // clear, |d_z| 5
        ]);

        Assert.That(html, Does.StartWith("<p class=\"bottom-line\"><b>Bottom line.</b> Under <b>variant</b>"));
        int employment = html.IndexOf("employment +120 persons", StringComparison.Ordinal), unemployment = html.IndexOf("unemployment rate −0.4 percentage points", StringComparison.Ordinal);
        Assert.That(employment, Is.GreaterThan(0), html);
        Assert.That(unemployment, Is.GreaterThan(employment), "the larger paired effect first");
        Assert.That(html, Does.Contain("(95 % interval +80 persons to +160 persons)"));
        Assert.That(html, Does.Contain("with public spending +38,346 USD a month"), "the cost is said once per variant");
        Assert.That(html, Does.Contain("employment +120 persons (95 % interval +80 persons to +160 persons), at 3,835 USD per additional person (95 % interval 2,876 USD per additional person to 5,752 USD per additional person)"),
            "what each unit of a distinguishable effect cost");
        Assert.That(html, Does.Not.Contain("per additional firm"), "no cost for an effect that cannot be told from noise");
        Assert.That(html, Does.Contain("Not distinguishable from noise: firms alive under variant"));
        Assert.That(html, Does.Contain("3 differences were tested together; Holm's method"));
    }

    [Test]
    public void WhenNothingIsClearItSaysSoFirst()
    {
        string html = Paragraph([F("firms_alive", "firms", 4, -3, 11, 0.3)]);
        Assert.That(html, Does.Contain("<b>Bottom line.</b> No difference in the final year can be told from noise."));
    }

    [Test]
    public void HolmCanTurnAMarginalEffectIntoNoise()
    {
        // p ≈ 0.03 alone is below 5 %; among eight tests its adjusted p is 8 × 0.03 > 5 %.
        double dz = 2.55 / Math.Sqrt(10);
        Assert.That(MultipleComparisons.PairedPValue(dz, 1, 10), Is.LessThan(0.05));
        var family = Enumerable.Range(0, 8).Select(i => F(i == 0 ? "employment" : $"indicator_{i}", "persons", i == 0 ? 10 : 0, -1, 1, i == 0 ? dz : 0)).ToList();
        Assert.That(Paragraph(family), Does.Contain("No difference in the final year can be told from noise"));
    }

    [Test]
    public void AFlowSeenLessThanOnceAYearIsCalledRare()
    {
        var entrants = new Finding("soft_landing", "soft_landing_entrants", "firms", IndicatorKind.Flow, 10, new MeanInterval(0.0083, 0, 0.025), 0.3, 38_346,
            new MeanInterval(double.NaN, double.NaN, double.NaN), VariantLevel: 0.0083);
        Assert.That(Paragraph([entrants]),
            Does.Contain("Rare: soft landing entrants under soft_landing happens 0.0996 times a year, less than once, so these replications say little about it."));
        Assert.That(entrants with { VariantLevel = 0.5 }, Has.Property("IsRare").False, "six a year is not rare");
    }

    [TestCase(0.0326, "share 0–1", IndicatorKind.Stock, "+3.26 percentage points")]
    [TestCase(-120.0, "firms", IndicatorKind.Stock, "−120 firms")]
    [TestCase(2.1, "firms", IndicatorKind.Flow, "+2.1 firms a month")]
    [TestCase(38346.0, "USD/month", IndicatorKind.Spend, "+38,346 USD a month")]
    public void ADifferenceIsWordedInHumanUnits(double value, string unit, IndicatorKind kind, string expected) =>
        Assert.That(Wording.Difference(value, unit, kind), Is.EqualTo(expected));
}
