using System.Globalization;
using System.Text;
using Insignia.Core.Criteria;
using Insignia.Host.Evaluation;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Course;

/// <summary>The preview: who would qualify now, and why not the others (nothing is stored).</summary>
internal static class PreviewSection
{
    private const int MaxRows = 200;

    public static string Render(UiRequest ui, IReadOnlyList<PreviewRow> rows)
    {
        var met = rows.Count(r => r.Decision.Outcome == DecisionOutcome.Met);
        var html = new StringBuilder($"<section id=\"preview\" aria-labelledby=\"preview-title\"><h2 id=\"preview-title\">{E(ui.T("Vista previa (no se guarda nada)", "Preview (nothing is stored)"))}</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p data-qualify=\"{met}\">{E(ui.T($"Obtendrían la credencial ahora: {UiFormat.Count(ui.Language, met)} de {UiFormat.Count(ui.Language, rows.Count)}.", $"Would qualify now: {UiFormat.Count(ui.Language, met)} of {UiFormat.Count(ui.Language, rows.Count)}."))}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th scope=\"col\">{E(ui.T("Estudiante", "Learner"))}</th><th scope=\"col\">{E(ui.T("Resultado", "Result"))}</th><th scope=\"col\">{E(ui.T("Qué falta", "What is missing"))}</th></tr></thead><tbody>");
        foreach (var row in rows.OrderByDescending(r => r.Decision.Outcome).ThenBy(r => r.DisplayName, StringComparer.CurrentCulture).Take(MaxRows))
        {
            var outcome = row.Decision.Outcome;
            var missing = string.Join("; ", ResultText.Missing(ui.Language, row.Decision.Explanation));
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(row.DisplayName)}</td><td class=\"{ResultText.CssClass(outcome)}\">{E(ResultText.Outcome(ui.Language, outcome))}</td><td>{E(missing)}</td></tr>");
        }

        html.Append("</tbody></table>");
        if (rows.Count > MaxRows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T($"Se muestran {MaxRows} de {UiFormat.Count(ui.Language, rows.Count)}.", $"Showing {MaxRows} of {UiFormat.Count(ui.Language, rows.Count)}."))}</p>");
        }

        return html.Append("</section>").ToString();
    }
}
