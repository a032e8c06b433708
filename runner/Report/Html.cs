using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ClusterSim.Runner.Report;

/// <summary>
/// Pieces of a self-contained HTML report: one file with its styles and inline SVG plots, nothing fetched from
/// anywhere, so it can be mailed, archived and opened offline.
/// </summary>
internal static partial class Html
{
    private const string Style = """
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; margin: 2em auto; max-width: 1000px; color: #222; line-height: 1.45; }
        h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ccc; }
        table { border-collapse: collapse; font-size: 0.85em; margin: 0.8em 0; } th, td { border: 1px solid #ddd; padding: 3px 6px; text-align: right; }
        th { background: #f3f3f3; } td.text, th.text { text-align: left; } .plot { margin: 1em 0; } .plot svg { max-width: 100%; height: auto; }
        .clear { color: #0b6e3a; } .unclear { color: #8a6d00; } .muted { color: #666; font-size: 0.9em; } code { font-size: 0.95em; }
        .bottom-line { font-size: 1.1em; line-height: 1.5; border-left: 4px solid #0072b2; padding-left: 0.8em; }
        figure { margin: 0; } .small-multiples { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 0.5em; }
        """;

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    public static string Page(string title, string body) =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{Escape(title)}</title><style>{Style}</style></head>
        <body>
        {body}
        </body>
        </html>

        """;

    /// <summary>
    /// An SVG document as an element of the page: the XML declaration dropped and every id prefixed, so the
    /// clip paths of one plot cannot capture another's.
    /// </summary>
    /// <param name="svg">The SVG document.</param>
    /// <param name="prefix">Unique per plot in the page.</param>
    /// <summary>A plot inlined as SVG, or, when it cannot be drawn, a line saying so: a report never fails for a plot.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="prefix">Prefix of its element ids (several plots share a page).</param>
    public static string InlinePlot(OxyPlot.PlotModel plot, string prefix)
    {
        try
        {
            return InlineSvg(Output.PlotWriter.Svg(plot), prefix);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"<p class=\"note\">The plot “{Escape(plot.Title ?? "")}” could not be drawn: {Escape(e.Message)}</p>";
        }
    }

    public static string InlineSvg(string svg, string prefix)
    {
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        string element = start >= 0 ? svg[start..] : svg;
        // A viewBox lets the plot shrink with the page instead of overflowing it.
        if (!element.Contains("viewBox", StringComparison.Ordinal) && SvgSize().Match(element) is { Success: true } size)
            element = "<svg viewBox=\"0 0 " + size.Groups[1].Value + " " + size.Groups[2].Value + "\"" + element[4..];
        element = IdAttribute().Replace(element, m => $"id=\"{prefix}{m.Groups[1].Value}\"");
        element = UrlReference().Replace(element, m => $"url(#{prefix}{m.Groups[1].Value})");
        element = HrefReference().Replace(element, m => $"{m.Groups[1].Value}=\"#{prefix}{m.Groups[2].Value}\"");
        return $"<div class=\"plot\">{element}</div>";
    }

    /// <param name="headers">Column headings; those starting with '<' are left-aligned text columns (the '<' is dropped).</param>
    /// <param name="rows">Cells, already formatted.</param>
    public static string Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = headers.Select(h => h.StartsWith('<')).ToArray();
        var sb = new StringBuilder("<table><thead><tr>");
        for (int i = 0; i < headers.Count; i++) sb.Append(text[i] ? "<th class=\"text\">" : "<th>").Append(Escape(headers[i].TrimStart('<'))).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            for (int i = 0; i < row.Count; i++) sb.Append(text[i] ? "<td class=\"text\">" : "<td>").Append(Escape(row[i])).Append("</td>");
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }

    /// <summary>
    /// A number for reading, never in E-notation: thousands separated above 1,000, two decimals at most from 1,
    /// three significant digits below 1 (0.0000294, not 2.94E-05); NaN as a dash.
    /// </summary>
    public static string Number(double x)
    {
        if (double.IsNaN(x)) return "–";
        if (double.IsInfinity(x)) return x > 0 ? "∞" : "−∞";
        double a = Math.Abs(x);
        string s = a >= 1000 ? x.ToString("N0", CultureInfo.InvariantCulture)
            : a >= 1 ? x.ToString("0.##", CultureInfo.InvariantCulture)
            : a == 0 ? "0" : Small(x, a);
        return s.Replace('-', '−');
    }

    /// <summary>Three significant digits in fixed notation, at most 15 decimals (smaller values read as 0).</summary>
    private static string Small(double x, double a)
    {
        int decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(a)), 0, 15);
        string s = x.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return s.Contains('.') ? s.TrimEnd('0').TrimEnd('.') : s;
    }

    [GeneratedRegex("^<svg[^>]*?width=\"([0-9.]+)\"[^>]*?height=\"([0-9.]+)\"")]
    private static partial Regex SvgSize();

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("(href|xlink:href)=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();
}
