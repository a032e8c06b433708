using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ClusterSim.Runner.Output;

/// <summary>What built and runs this engine, for manifests.</summary>
public static class BuildInfo
{
    private static readonly string Informational = typeof(Engine.Model.Simulation).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static string EngineVersion => Informational.Split('+')[0];

    /// <summary>The commit the engine was built from, when the build knew it.</summary>
    public static string? GitCommit => Informational.Contains('+') ? Informational[(Informational.IndexOf('+') + 1)..] : null;

    public static string DotnetRuntime => RuntimeInformation.FrameworkDescription;

    public static string Os => RuntimeInformation.OSDescription;

    public static string VectorIsa =>
        Vector512.IsHardwareAccelerated ? "AVX-512 (kernels use fixed 256-bit lanes)" :
        Vector256.IsHardwareAccelerated ? "AVX2 (256-bit)" : "no 256-bit SIMD (kernels emulated lane by lane)";
}
