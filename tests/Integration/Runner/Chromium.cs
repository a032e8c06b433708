using System.Diagnostics;
using SkiaSharp;

namespace ClusterSim.Tests.Runner;

/// <summary>Debian's Chromium, headless, as the reports' reader: it renders a page and the test looks at the screenshot.</summary>
internal static class Chromium
{
    /// <summary>Renders <paramref name="html"/> in headless Chromium and returns the screenshot.</summary>
    public static SKBitmap Screenshot(string html, int width = 1200, int height = 3000)
    {
        string work = TestPaths.TempDir();
        string shot = Path.Combine(work, "shot.png");
        var (stdout, stderr) = Run(work, $"--screenshot={shot}", $"--window-size={width},{height}", new Uri(html).AbsoluteUri);
        Assert.That(File.Exists(shot), Is.True, $"chromium wrote a screenshot: {stdout} {stderr}");
        return SKBitmap.Decode(shot);
    }

    /// <summary>
    /// The width the page's laid-out content takes in a window <paramref name="width"/> pixels wide
    /// (<c>document.documentElement.scrollWidth</c>): more than the window means the reader scrolls sideways.
    /// </summary>
    public static int ScrollWidth(string html, int width, int height)
    {
        // A copy of the page with a script that writes the measure into the DOM Chromium dumps.
        string work = TestPaths.TempDir(), copy = Path.Combine(work, "page.html");
        File.WriteAllText(copy, File.ReadAllText(html).Replace("</body>",
            "<script>document.body.setAttribute('data-scroll-width', document.documentElement.scrollWidth)</script></body>"));
        var (dom, stderr) = Run(work, "--dump-dom", $"--window-size={width},{height}", new Uri(copy).AbsoluteUri);
        var match = System.Text.RegularExpressions.Regex.Match(dom, "data-scroll-width=\"(\\d+)\"");
        Assert.That(match.Success, Is.True, $"chromium measured the page: {stderr}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static (string Stdout, string Stderr) Run(string work, params string[] args)
    {
        var start = new ProcessStartInfo("chromium") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", $"--user-data-dir={Path.Combine(work, "profile")}" }
                     .Concat(args))
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        Assert.That(process.WaitForExit(120_000), Is.True, "chromium finished");
        return (stdout.Result, stderr);
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
