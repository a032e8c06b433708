using System.Reflection;
using ClusterSim.Engine.Model;

namespace ClusterSim.Tests.Approvals;

/// <summary>
/// The engine's public surface, approved: every public type with its public members, one line each
/// (tests/Unit/Approvals/engine_public_api.txt). A change to it fails until approved with CLUSTERSIM_APPROVE=1 in
/// the same commit, so the surface grows only on purpose. Mechanisms, tables and the simulation's state are
/// internal; tests, benchmarks and the loader see them through InternalsVisibleTo.
/// </summary>
public class PublicApiTests
{
    private static readonly Assembly Engine = typeof(Simulation).Assembly;

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<string> Surface() => Engine.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal).SelectMany(Describe);

    private static IEnumerable<string> Describe(Type type)
    {
        string kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "class";
        yield return $"{kind} {type.FullName}";
        if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type)) yield return $"  {name}";
            yield break;
        }
        // Compiler-made members of records (EqualityContract, <Clone>$, Deconstruct…) are members like any other: listed too.
        var members = type.GetMembers(Declared).Where(m => m is not MethodInfo { IsSpecialName: true } && m is not Type)
            .Select(m => "  " + Signature(m)).Order(StringComparer.Ordinal);
        foreach (var m in members) yield return m;
    }

    private static string Signature(MemberInfo m) => m switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo x => $"{(x.IsStatic ? "static " : "")}{Name(x.ReturnType)} {x.Name}{(x.IsGenericMethod ? $"<{string.Join(", ", x.GetGenericArguments().Select(Name))}>" : "")}({Parameters(x)})",
        PropertyInfo p => $"{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : "")}{(p.SetMethod?.IsPublic == true ? "set; " : "")}}}",
        FieldInfo f => $"{(f.IsStatic ? "static " : "")}{(f.IsInitOnly || f.IsLiteral ? "readonly " : "")}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        _ => m.Name,
    };

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"));

    private static string Name(Type t) => t.IsGenericType
        ? $"{t.Name[..t.Name.IndexOf('`')]}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>"
        : t.Name;

    [Test]
    public void ThePublicSurfaceIsTheApprovedOne()
    {
        string file = Path.Combine(TestPaths.RepoRoot, "tests", "Unit", "Approvals", "engine_public_api.txt");
        var current = Surface().ToArray();
        if (Environment.GetEnvironmentVariable("CLUSTERSIM_APPROVE") == "1") File.WriteAllLines(file, current);
        Assert.That(current, Is.EqualTo(File.ReadAllLines(file)),
            "the engine's public surface changed: approve it with CLUSTERSIM_APPROVE=1 in the same commit (tests/Unit/Approvals/engine_public_api.txt)");
    }

    [Test]
    public void TheEngineHasAtMostFortyPublicTypes() => Assert.That(Engine.GetExportedTypes(), Has.Length.LessThanOrEqualTo(40));

    [Test]
    public void NoEngineFileIsOver400Lines()
    {
        var files = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "engine"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));
        foreach (var f in files) Assert.That(File.ReadLines(f).Count(), Is.LessThanOrEqualTo(400), f);
    }
}
