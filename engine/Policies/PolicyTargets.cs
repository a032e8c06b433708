using ClusterSim.Engine.Scenarios;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Policies;

/// <summary>Resolves a lever's <c>target</c> once per phase, so hot loops compare integers, not strings.</summary>
public static class PolicyTargets
{
    public const int AllFirms = -1;

    /// <summary><see cref="AllFirms"/> for <c>all</c>, else the firm kind's number (the validator has checked the name).</summary>
    public static int FirmKindOf(string target)
    {
        if (target == "all") return AllFirms;
        foreach (var kind in Enum.GetValues<FirmKind>())
            if (ScenarioSchema.EnumName(kind) == target) return (int)kind;
        throw new ArgumentException($"unknown policy target '{target}'", nameof(target));
    }

    public static bool Applies(int targetKind, FirmKind kind) => targetKind == AllFirms || targetKind == (int)kind;
}
