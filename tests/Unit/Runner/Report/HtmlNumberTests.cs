using ClusterSim.Runner.Report;

namespace ClusterSim.Tests.Runner.Report;

/// <summary>Numbers in reports read as numbers: no E-notation at any size.</summary>
public class HtmlNumberTests
{
    [TestCase(2.94e-5, "0.0000294")]
    [TestCase(0.00718, "0.00718")]
    [TestCase(-0.0326, "−0.0326")]
    [TestCase(0.5, "0.5")]
    [TestCase(12.345, "12.35")]
    [TestCase(38346.2, "38,346")]
    [TestCase(1e-18, "0")]
    [TestCase(0.0, "0")]
    public void ANumberIsWrittenInFixedNotation(double x, string expected) => Assert.That(Html.Number(x), Is.EqualTo(expected));

    [Test]
    public void NoMagnitudeGivesAnExponent()
    {
        for (int e = -20; e <= 12; e++)
            foreach (double m in new[] { 1.0, 2.94, 9.99 })
                Assert.That(Html.Number(m * Math.Pow(10, e)), Does.Not.Contain("E").And.Not.Contain("e"), $"{m}e{e}");
    }
}
