namespace ClusterSim.Tests.Mechanisms;

/// <summary>
/// Paired-seed comparisons on a small region: each condition runs the same replications (common random
/// numbers) with one mechanism switched off or one parameter changed, and the direction of the
/// difference is checked summed over the replications.
/// </summary>
public class AblationTests
{
    private static readonly int[] Replications = [0, 1, 2];

    private static double Total(int ticks, Func<double[][], double> measure, params string[] overrides) =>
        Replications.Sum(r => measure(SmallRegion.Run(ticks, r, overrides)));

    [Test]
    public void LabourMobilityOffLowersKnowledgeDiffusion()
    {
        // Diffusion: how far the average firm has caught up with the top decile (knowledge_mean / knowledge_p90),
        // over the last year. (The volume transferred through ties is no measure: without mobility the
        // unemployed found many small, distant firms that draw large flows from their partners.)
        static double Diffusion(double[][] rows) => SmallRegion.Tail(rows, "knowledge_mean", 12) / SmallRegion.Tail(rows, "knowledge_p90", 12);
        double on = Total(120, Diffusion), off = Total(120, Diffusion, "mechanisms.labour_mobility=false");
        Assert.That(off, Is.LessThan(on));
    }

    [Test]
    public void SpinoffsOffGiveNoneAndOnGiveEveryOrigin()
    {
        string[] origins = ["spinoffs_university", "spinoffs_research_institute", "spinoffs_corporate", "spinoffs_sme"];
        var on = SmallRegion.Run(120, 0);
        var off = SmallRegion.Run(120, 0, "mechanisms.spinoffs=false");
        foreach (var origin in origins)
        {
            Assert.That(SmallRegion.Sum(on, origin), Is.GreaterThan(0), origin);
            Assert.That(SmallRegion.Sum(off, origin), Is.EqualTo(0), origin);
        }
    }

    [Test]
    public void FirmToFirmTransferMattersMoreThanInstitutionTransfer()
    {
        // SF28 (WB:L537): the interactive model of innovation beats learning only from R&D institutes.
        static double Productivity(double[][] rows) => SmallRegion.Tail(rows, "productivity_mean", 12);
        double baseline = Total(120, Productivity);
        double noFirm = Total(120, Productivity, "mechanisms.firm_transfer=false");
        double noInstitution = Total(120, Productivity, "mechanisms.institution_transfer=false");
        Assert.That(baseline - noFirm, Is.GreaterThan(baseline - noInstitution));
        Assert.That(noFirm, Is.LessThan(baseline));
    }

    [Test]
    public void CustomersAndSuppliersOutrankUniversitiesAsSources()
    {
        // SF1 (TSER ¶13 L32; UN ¶22 L114) and validation-targets E7.
        var rows = Replications.Select(r => SmallRegion.Run(120, r)).ToArray();
        double From(string channel) => rows.Sum(x => SmallRegion.Sum(x, "innovations_from_" + channel));
        double university = From("university") + From("research_institute");
        Assert.That(From("customer"), Is.GreaterThan(university));
        Assert.That(From("supplier"), Is.GreaterThan(university));
        Assert.That(university, Is.GreaterThan(0));
    }

    [Test]
    public void DoublingEntrepreneurshipRaisesFirmsAliveAtTick240()
    {
        static double Firms(double[][] rows) => SmallRegion.Last(rows, "firms_alive");
        Assert.That(Total(240, Firms, "region.entrepreneurship=2"), Is.GreaterThan(Total(240, Firms)));
    }
}
