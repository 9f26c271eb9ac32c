using System.Globalization;
using System.Text;
using Insignia.Host.Web.Course;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Insights;

/// <summary>
/// A grouped bar chart drawn as inline SVG on the server (no script): <c>role="img"</c> with a <c>&lt;title&gt;</c> and
/// a <c>&lt;desc&gt;</c>, followed by the same numbers as a data table for screen readers and copying.
/// </summary>
internal static class SvgBarChart
{
    private const int Width = 720;
    private const int Height = 260;
    private const int Left = 48;
    private const int Bottom = 56;
    private const int Top = 28;
    private static readonly string[] Colors = ["#1a5fb4", "#c64600", "#26734d", "#813d9c", "#865e3c", "#0e6a73"];

    public static string Render(string id, string language, string title, string description, string categoryHeader, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series)
    {
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var plotWidth = Width - Left - 8;
        var plotHeight = Height - Top - Bottom;
        var groupWidth = categories.Count == 0 ? plotWidth : (double)plotWidth / categories.Count;
        var barWidth = Math.Clamp((groupWidth - 8) / Math.Max(1, series.Count), 2, 56);
        var barsWidth = barWidth * series.Count;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<figure id=\"{E(id)}\"><svg role=\"img\" aria-labelledby=\"{E(id)}-title {E(id)}-desc\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" style=\"max-width:{Width}px\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{E(id)}-title\">{E(title)}</title><desc id=\"{E(id)}-desc\">{E(description)}</desc>");
        foreach (var fraction in new[] { 0.0, 0.5, 1.0 })
        {
            var y = Top + plotHeight * (1 - fraction);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - 8}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#999\" stroke-width=\"0.5\"/><text x=\"{Left - 4}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#1b1b1b\">{E(UiFormat.Number(language, Math.Round(max * fraction, 1)))}</text>");
        }

        for (var c = 0; c < categories.Count; c++)
        {
            var x0 = Left + (c * groupWidth) + ((groupWidth - barsWidth) / 2);
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[c];
                var h = plotHeight * value / max;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x0 + (s * barWidth):0.#}\" y=\"{Top + plotHeight - h:0.#}\" width=\"{Math.Max(1, barWidth - 1):0.#}\" height=\"{h:0.#}\" fill=\"{Colors[s % Colors.Length]}\"/>");
            }

            var label = categories[c].Length > 16 ? categories[c][..15] + "…" : categories[c];
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + (barsWidth / 2):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1b1b1b\">{E(label)}</text>");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var x = Left + (s * 150);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{Height - 22}\" width=\"12\" height=\"12\" fill=\"{Colors[s % Colors.Length]}\"/><text x=\"{x + 16}\" y=\"{Height - 12}\" font-size=\"11\" fill=\"#1b1b1b\">{E(series[s].Name.Length > 20 ? series[s].Name[..19] + "…" : series[s].Name)}</text>");
        }

        svg.Append("</svg>");
        svg.Append(DataTable(id, language, title, categoryHeader, categories, series));
        return svg.Append("</figure>").ToString();
    }

    private static string DataTable(string id, string language, string title, string categoryHeader, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<table id=\"{E(id)}-data\"><caption>{E(title)} · {E(UiLanguage.Pick(language, "datos", "data"))}</caption><thead><tr><th scope=\"col\">{E(categoryHeader)}</th>");
        html.AppendJoin(string.Empty, series.Select(s => $"<th scope=\"col\">{E(s.Name)}</th>")).Append("</tr></thead><tbody>");
        for (var c = 0; c < categories.Count; c++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(categories[c])}</th>");
            html.AppendJoin(string.Empty, series.Select(s => $"<td>{E(UiFormat.Number(language, s.Values[c]))}</td>")).Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}
