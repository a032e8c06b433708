using System.Diagnostics;
using SkiaSharp;

namespace ClusterSim.Tests.Runner;

/// <summary>Debian's Chromium, headless, as the reports' reader: it renders a page and the test looks at the screenshot.</summary>
internal static class Chromium
{
    /// <summary>Renders <paramref name="html"/> in headless Chromium and returns the screenshot.</summary>
    public static SKBitmap Screenshot(string html)
    {
        string work = TestPaths.TempDir();
        string shot = Path.Combine(work, "shot.png");
        var start = new ProcessStartInfo("chromium") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     $"--user-data-dir={Path.Combine(work, "profile")}", $"--screenshot={shot}", "--window-size=1200,3000", new Uri(html).AbsoluteUri,
                 })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        Assert.That(process.WaitForExit(120_000), Is.True, "chromium finished");
        Assert.That(File.Exists(shot), Is.True, $"chromium wrote a screenshot: {stdout.Result} {stderr}");
        return SKBitmap.Decode(shot);
    }

    /// <summary>
    /// Pixels of saturated colour: the plots' lines, bands and bars. The page's text and the plots' axes are
    /// black or grey on white, so without plots this count stays near zero (a few coloured words).
    /// </summary>
    public static int ColouredPixels(SKBitmap image)
    {
        int n = 0;
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
            {
                var p = image.GetPixel(x, y);
                int max = Math.Max(p.Red, Math.Max(p.Green, p.Blue)), min = Math.Min(p.Red, Math.Min(p.Green, p.Blue));
                if (max - min > 40) n++;
            }
        return n;
    }
}
