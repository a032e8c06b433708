using ClusterSim.Runner.Tables;

namespace ClusterSim.Runner.Validation;

/// <summary><c>validation.csv</c> and <c>validation.parquet</c>: one row per target or fact and region.</summary>
public static class ScorecardTable
{
    public static IReadOnlyList<string> Columns => TableWriter.NamesOf(new Row().Columns);

    public static void Write(IReadOnlyList<CheckResult> results, Func<string, string> pathOf)
    {
        var row = new Row();
        using var table = new TableWriter(pathOf("validation.csv"), pathOf("validation.parquet"), row.Columns);
        foreach (var result in results) row.Write(table, result);
    }

    private sealed class Row
    {
        private readonly TextColumn _file = new("file", "The validation or fact file, relative to the scenario library."),
            _id = new("id", "The target or fact (E1, SF15, an intervention pair's name), with /part where it has several."),
            _kind = new("kind", "target (an empirical regularity, validation-targets.md) or fact (a stylised fact of the seeds or an intervention's expected direction)."),
            _title = new("title", "What the target or fact says."),
            _region = new("region", "The scenario it was checked in (for an across_regions fact, the two groups)."),
            _form = new("form", "How it is posed: target, level, within_run, paired, interaction, ranking, across_regions, panel or not_posable."),
            _conditions = new("conditions", "The conditions compared."),
            _statistic = new("statistic", "The statistic or outcome, in words."),
            _unit = new("unit", "Its unit."),
            _expected = new("expected", "What is expected: the band, or the sign of the difference."),
            _verdict = new("verdict", "pass, miss, by_construction (the outcome is written into a rule) or not_posable (a mechanism is missing)."),
            _reason = new("reason", "Why, in a sentence."),
            _source = new("source", "The source or seed passage.");
        private readonly IntColumn _n = new("n", "", "Replications (pairs) with a value.");
        private readonly DoubleColumn _mean = new("mean", "as unit", "Mean over replications of the statistic, or of the difference for a comparison."),
            _sd = new("sd", "as unit", "Its standard deviation over replications."),
            _lo = new("ci_lo", "as unit", "Lower end of the 95 % interval of the mean."),
            _hi = new("ci_hi", "as unit", "Upper end of the 95 % interval of the mean."),
            _bandLo = new("band_lo", "as unit", "The target band's lower end (empty: none or not a level)."),
            _bandHi = new("band_hi", "as unit", "The target band's upper end."),
            _reference = new("reference", "as unit", "The source's point value, where it gives one.");

        public TableColumn[] Columns =>
        [
            _file, _id, _kind, _title, _region, _form, _conditions, _statistic, _unit, _n, _mean, _sd, _lo, _hi,
            _bandLo, _bandHi, _reference, _expected, _verdict, _reason, _source,
        ];

        public void Write(TableWriter table, CheckResult result)
        {
            var (c, o) = (result.Check, result.Outcome);
            _file.Add(c.File);
            _id.Add(c.Id);
            _kind.Add(c.IsFact ? "fact" : "target");
            _title.Add(c.Title);
            _region.Add(c.Region);
            _form.Add(c.Form);
            _conditions.Add(c.Conditions);
            _statistic.Add(c.Statistic);
            _unit.Add(c.Unit);
            _n.Add(o.N);
            _mean.Add(o.Mean);
            _sd.Add(o.Sd);
            _lo.Add(o.Low);
            _hi.Add(o.High);
            _bandLo.Add(o.BandLow);
            _bandHi.Add(o.BandHigh);
            _reference.Add(c.Reference);
            _expected.Add(o.Expected);
            _verdict.Add(Judges.Name(o.Verdict));
            _reason.Add(o.Reason);
            _source.Add(c.Source);
            table.EndRow();
        }
    }
}
