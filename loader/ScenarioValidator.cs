using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Policies;

using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Loader;

/// <summary>Checks that need more than one key: references, orderings, names that must exist.</summary>
internal static class ScenarioValidator
{
    /// <param name="s">The bound scenario.</param>
    /// <param name="at">Where each key path was written.</param>
    /// <param name="root">The top of the file, for keys not written.</param>
    /// <param name="errors">Where errors go.</param>
    /// <param name="warnings">Where settings go that are valid but cannot act as written.</param>
    public static void Check(Scenario s, IReadOnlyDictionary<string, SourcePosition> at, SourcePosition root, List<ScenarioError> errors, List<ScenarioError> warnings)
    {
        SourcePosition Pos(string path) => at.TryGetValue(path, out var p) ? p : root;
        void Error(string path, string message) => errors.Add(new ScenarioError(Pos(path), path, message));
        void Warn(string path, string message) => warnings.Add(new ScenarioError(Pos(path), path, message, IsWarning: true));

        // A missing name is reported as a missing required key; a written one must be able to name a folder.
        if (at.ContainsKey("name") && FileNames.Problem(s.Name) is { } badName) Error("name", badName);

        if (s.Run.BurnInTicks >= s.Run.Ticks)
            Error("run.burn_in_ticks", $"must be less than run.ticks ({s.Run.Ticks})");

        var shares = s.Region.LocalityShares;
        if (shares.Count > 0 && shares.Count != s.Region.Localities)
            Error("region.locality_shares", $"gives {shares.Count} shares for {s.Region.Localities} localities (region.localities); give one per locality");
        else if (shares.Count > 0 && Math.Abs(shares.Sum() - 1) > 1e-6)
            Error("region.locality_shares", $"shares add up to {shares.Sum().ToString("R", System.Globalization.CultureInfo.InvariantCulture)}, not 1");
        else if (shares.Count > 0 && shares.Any(x => x < 0 || x > 1))
            Error("region.locality_shares", "every share must be between 0 and 1");

        var levels = s.Region.WageLevels;
        if (levels.Count > 0 && levels.Count != s.Region.Localities)
            Error("region.wage_levels", $"gives {levels.Count} levels for {s.Region.Localities} localities (region.localities); give one per locality");
        else if (levels.Any(x => !(x >= 0.01 && x <= 100)))
            Error("region.wage_levels", "every level must be between 0.01 and 100");

        var names = new HashSet<string>(StringComparer.Ordinal);
        var institutions = s.Institutions.KnowledgeInstitutions;
        for (int i = 0; i < institutions.Count; i++)
        {
            string path = $"institutions.knowledge_institutions[{i}]";
            if (!names.Add(institutions[i].Name)) Error(path + ".name", $"'{institutions[i].Name}' is used twice");
            if (institutions[i].Locality >= s.Region.Localities)
                Error(path + ".locality", $"locality {institutions[i].Locality} does not exist (region.localities is {s.Region.Localities})");
            if (institutions[i].Kind != InstitutionKind.University && institutions[i].GraduatesPerYear > 0)
                Error(path + ".graduates_per_year", $"a {ScenarioSchema.EnumName(institutions[i].Kind)} has no graduates (only universities graduate people); remove the key");
        }
        for (int i = 0; i < s.Institutions.Parks.Count; i++)
        {
            string path = $"institutions.parks[{i}]";
            var park = s.Institutions.Parks[i];
            if (!names.Add(park.Name)) Error(path + ".name", $"'{park.Name}' is used twice");
            if (park.Locality >= s.Region.Localities)
                Error(path + ".locality", $"locality {park.Locality} does not exist (region.localities is {s.Region.Localities})");
            if (park.HostInstitution.Length > 0 && !institutions.Any(x => x.Name == park.HostInstitution))
                Error(path + ".host_institution", $"'{park.HostInstitution}' is not an institution of this scenario");
            if (park.Model == ParkModel.CampusAppliedResearch && park.HostInstitution.Length == 0)
                Error(path + ".host_institution", "a campus_applied_research park needs the institution it belongs to");
            if (park.Model == ParkModel.BicIncubator && park.CapacityFirms > park.IncubationSlots)
                Warn(path + ".capacity_firms", $"{park.CapacityFirms} is above incubation_slots ({park.IncubationSlots}): a bic_incubator holds at most its incubation slots as tenants, so {park.CapacityFirms - park.IncubationSlots} of its places never fill (capacity_firms still scales how full the park looks to applicants)");
        }

        for (int i = 0; i < s.Institutions.Funds.Count; i++)
            if (!names.Add(s.Institutions.Funds[i].Name)) Error($"institutions.funds[{i}].name", $"'{s.Institutions.Funds[i].Name}' is used twice");
        foreach (var (name, schedules) in s.MarketEvents)
        {
            string path = $"market_events.{name}";
            if (!MarketEvents.Names.Contains(name))
            {
                string? near = NearestName.Among(name, MarketEvents.Names);
                Error(path, $"unknown market event; the events are {string.Join(", ", MarketEvents.Names)}" + (near is null ? "" : $" (did you mean '{near}'?)"));
                continue;
            }
            for (int i = 0; i < schedules.Count; i++)
            {
                var e = schedules[i];
                string item = $"{path}[{i}]";
                if (e.Until is int until && until <= e.From) Error(item + ".until", $"must be after from ({e.From})");
                if (e.Target != "all") Error(item + ".target", "a market event applies to the whole region; remove the key");
                if (e.Value < 0 || (name != MarketEvents.Competitor && e.Value >= 1))
                    Error(item + ".value", name == MarketEvents.Competitor ? "must be at least 0" : $"a {name} takes a share from 0 to below 1 (it multiplies {(name == MarketEvents.Recession ? "outside demand" : "import prices")} by 1 − value)");
            }
        }

        if (s.Policies.ContainsKey(Levers.SeedFundBudget.Name) && !s.Institutions.Funds.Any(f => f.Kind == FundKind.Seed))
            Error("policies." + Levers.SeedFundBudget.Name, "the region has no seed fund to receive the budget; add one under institutions.funds");
        foreach (var (name, policy) in s.Policies)
        {
            string path = "policies." + name;
            var lever = Levers.Find(name);
            if (lever is null)
            {
                string? near = NearestName.Among(name, ScenarioLoader.LeverNames);
                Error(path, $"unknown lever; levers are {string.Join(", ", ScenarioLoader.LeverNames)}" + (near is null ? "" : $"; did you mean '{near}'?"));
                continue;
            }
            if (policy.Value < lever.Min || policy.Value > lever.Max)
                Error(path + ".value", $"{policy.Value} is out of range [{lever.Min}, {lever.Max}] ({lever.Unit})");
            if (policy.Until is int until && until <= policy.From)
                Error(path + ".until", $"must be after from ({policy.From})");
            if (PolicyTarget.Parse(policy.Target, lever, s, out string targetError) is null)
                Error(path + ".target", targetError);
        }

        var columns = IndicatorCatalog.SeriesOf(s);
        for (int i = 0; i < s.Outputs.Plots.Count; i++)
        {
            string plot = s.Outputs.Plots[i];
            if (IndicatorCatalog.IndexOf(columns, plot) < 0)
            {
                string? near = NearestName.Among(plot, columns.Select(d => d.Name));
                Error($"outputs.plots[{i}]", $"'{plot}' is not an indicator" + (near is null ? "" : $"; did you mean '{near}'?"));
            }
        }
        for (int i = 1; i < s.Outputs.Breakdowns.Count; i++)
            if (s.Outputs.Breakdowns.Take(i).Contains(s.Outputs.Breakdowns[i]))
                Error($"outputs.breakdowns[{i}]", $"{ScenarioSchema.EnumName(s.Outputs.Breakdowns[i])} is listed twice");
    }
}
