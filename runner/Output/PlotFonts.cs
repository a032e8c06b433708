using System.Reflection;
using OxyPlot.SkiaSharp;
using SkiaSharp;

namespace ClusterSim.Runner.Output;

/// <summary>
/// The fonts plots are drawn with: DejaVu Sans, regular and bold, embedded in the command (the licence is
/// <c>runner/Output/Fonts/LICENSE</c>), so a plot is the same on a node without system fonts as on a desktop,
/// and never fails for want of a font.
/// </summary>
/// <remarks>
/// OxyPlot.SkiaSharp 2.2 finds a typeface only by family name through Skia's font manager, which reads the
/// system's fonts, and offers no way to hand it one (oxyplot#1735, #2145; an <c>AddTypeface</c> method is in
/// an unreleased pull request, #2123). Each render context's private typeface cache is therefore seeded with
/// the embedded typefaces. <see cref="Context"/> throws, and a unit test fails, if an upgrade of OxyPlot moves
/// that cache; the version is pinned in Directory.Packages.props.
/// </remarks>
internal static class PlotFonts
{
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<SKData> Regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKData> Bold = new(() => Load("DejaVuSans-Bold.ttf"));

    private static readonly FieldInfo? Cache = typeof(SkiaRenderContext).GetField("typefaceCache", BindingFlags.NonPublic | BindingFlags.Instance);
    private static readonly Type? Descriptor = typeof(SkiaRenderContext).GetNestedType("FontDescriptor", BindingFlags.NonPublic);

    /// <summary>A render context onto <paramref name="canvas"/> whose text uses the embedded fonts at every weight.</summary>
    public static SkiaRenderContext Context(SKCanvas canvas, RenderTarget target, bool textShaping)
    {
        var context = new SkiaRenderContext { RenderTarget = target, SkCanvas = canvas, UseTextShaping = textShaping };
        if (Cache?.GetValue(context) is not System.Collections.IDictionary cache || Descriptor is null)
            throw new InvalidOperationException("OxyPlot.SkiaSharp no longer has the typeface cache PlotFonts seeds; see runner/Output/PlotFonts.cs");
        // The context disposes what its cache holds, so each context gets its own typefaces (over data loaded once).
        var regular = SKTypeface.FromData(Regular.Value);
        var bold = SKTypeface.FromData(Bold.Value);
        for (int weight = 100; weight <= 900; weight += 100)
            cache[Activator.CreateInstance(Descriptor, Family, (double)weight)!] = weight >= 600 ? bold : regular;
        return context;
    }

    private static SKData Load(string resource)
    {
        using var stream = typeof(PlotFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the font {resource} is not embedded in {typeof(PlotFonts).Assembly.GetName().Name}");
        return SKData.Create(stream);
    }
}
