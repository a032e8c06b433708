using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Policies;

/// <summary>
/// What a scheduled lever applies to, parsed from its <c>target</c>: <c>all</c>, a firm kind (<c>sme</c>),
/// <c>field:K</c>, <c>locality:L</c>, <c>park:NAME</c> or <c>institution:NAME</c>. Resolved to indices once.
/// </summary>
internal readonly record struct PolicyTarget(TargetScope Scope, int Index)
{
    public static readonly PolicyTarget Everyone = new(TargetScope.All, -1);

    /// <summary>Parses <paramref name="text"/> against the scenario; null with a reason when it names nothing the lever may target.</summary>
    public static PolicyTarget? Parse(string text, Lever lever, Scenario scenario, out string error)
    {
        error = "";
        if (text == "all") return Everyone;
        foreach (var kind in Enum.GetValues<FirmKind>())
            if (ScenarioSchema.EnumName(kind) == text) return Allowed(new PolicyTarget(TargetScope.FirmKind, (int)kind), lever, out error);
        int colon = text.IndexOf(':');
        string prefix = colon < 0 ? "" : text[..colon], rest = colon < 0 ? "" : text[(colon + 1)..];
        PolicyTarget? target = prefix switch
        {
            "field" when int.TryParse(rest, out int k) && k >= 0 && k < scenario.Region.Fields => new(TargetScope.Field, k),
            "locality" when int.TryParse(rest, out int l) && l >= 0 && l < scenario.Region.Localities => new(TargetScope.Locality, l),
            "park" => Named(TargetScope.Park, scenario.Institutions.Parks.Select(p => p.Name).ToList(), rest),
            "institution" => Named(TargetScope.Institution, scenario.Institutions.KnowledgeInstitutions.Select(i => i.Name).ToList(), rest),
            _ => null,
        };
        if (target is null)
        {
            error = $"'{text}' names nothing in this scenario; targets are all, a firm kind ({string.Join(", ", Enum.GetValues<FirmKind>().Select(k => ScenarioSchema.EnumName(k)))}), field:K, locality:L, park:NAME or institution:NAME";
            return null;
        }
        return Allowed(target.Value, lever, out error);
    }

    private static PolicyTarget? Named(TargetScope scope, List<string> names, string name)
    {
        int i = names.IndexOf(name);
        return i < 0 ? null : new PolicyTarget(scope, i);
    }

    private static PolicyTarget? Allowed(PolicyTarget target, Lever lever, out string error)
    {
        error = "";
        if (target.Scope == TargetScope.All || (lever.Scopes & target.Scope) != 0) return target;
        error = $"{lever.Name} cannot target a {ScenarioSchema.SnakeCase(target.Scope.ToString()).Replace('_', ' ')}; it takes {Describe(lever.Scopes)}";
        return null;
    }

    private static string Describe(TargetScope scopes) =>
        string.Join(", ", new[] { "all" }.Concat(Enum.GetValues<TargetScope>().Where(s => s != TargetScope.All && (scopes & s) != 0)
            .Select(s => ScenarioSchema.SnakeCase(s.ToString()).Replace('_', ' '))));

    /// <summary>Whether the target covers firm <paramref name="f"/>.</summary>
    public bool Covers(FirmTable firms, int f) => Scope switch
    {
        TargetScope.All => true,
        TargetScope.FirmKind => (int)firms.Kind[f] == Index,
        TargetScope.Field => firms.Field[f] == Index,
        TargetScope.Locality => firms.Locality[f] == Index,
        TargetScope.Park => firms.Park[f] == Index,
        _ => false,
    };

    /// <summary>Whether the target covers institution or park number <paramref name="index"/> of the given scope.</summary>
    public bool Covers(TargetScope scope, int index) => Scope == TargetScope.All || (Scope == scope && Index == index);
}
