using System.Globalization;
using System.Text;
using Insignia.Core.Courses;
using Insignia.Core.Criteria;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Course;

/// <summary>The create/edit form of a credential definition, with the rule builder fed by the course's catalog.</summary>
internal static class DefinitionFormPage
{
    public static string Render(UiRequest ui, DefinitionFormModel model, RuleChoices choices, IReadOnlyList<CriteriaError> errors, string? preview)
    {
        var html = new StringBuilder();
        var title = model.Id.Length > 0 ? ui.T("Editar credencial", "Edit credential") : ui.T("Nueva credencial", "New credential");
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(ui.Url("/lti/course"))}\">{E(ui.T("← Volver al curso", "← Back to the course"))}</a></p><h1>{E(title)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(ui.Url("/lti/course/definition"))}\" id=\"definition-form\" data-check=\"{E(ui.Url("/lti/course/definition/check"))}\">{ui.FormFields()}");
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"id\" value=\"{E(model.Id)}\"><input type=\"hidden\" name=\"extras\" value=\"{E(model.Extras)}\">");
        html.Append(Text("name", ui.T("Nombre", "Name"), model.Name, multiline: false));
        html.Append(Text("description", ui.T("Descripción", "Description"), model.Description, multiline: true));
        html.Append(Text("narrative", ui.T("Criterios (en palabras)", "Criteria narrative"), model.Narrative, multiline: true));
        html.Append(Text("outcomes", ui.T("Resultados de aprendizaje (uno por línea)", "Learning outcomes (one per line)"), model.Outcomes, multiline: true));
        html.Append("<div class=\"row\">");
        html.Append(Text("credits", ui.T("Créditos", "Credits"), model.Credits, multiline: false, "decimal"));
        html.Append(Text("workload", ui.T("Carga horaria (horas)", "Workload (hours)"), model.Workload, multiline: false, "decimal"));
        html.Append(Select("validity", ui.T("Vigencia", "Validity"), model.Validity,
            [(string.Empty, ui.T("Sin vencimiento", "No expiry")), ("P6M", ui.T("6 meses", "6 months")), ("P1Y", ui.T("1 año", "1 year")), ("P2Y", ui.T("2 años", "2 years")), ("P3Y", ui.T("3 años", "3 years"))]));
        html.Append(Select("language", ui.T("Idioma de la credencial", "Credential language"), model.Language, [("es-MX", "Español (México)"), ("en", "English")]));
        html.Append("</div>");
        html.Append(RuleBuilderHtml.Render(ui, model, choices));
        html.Append(CultureInfo.InvariantCulture, $"<div id=\"validation\" role=\"status\" aria-live=\"polite\">{Errors(ui, errors)}</div>");
        html.Append(CultureInfo.InvariantCulture, $"<p><button type=\"submit\" name=\"action\" value=\"preview\">{E(ui.T("Vista previa", "Preview"))}</button> <button type=\"submit\" name=\"action\" value=\"publish\">{E(ui.T("Publicar", "Publish"))}</button></p></form>");
        if (preview is not null)
        {
            html.Append(preview);
        }

        html.Append("<script src=\"/lti/course/ui.js\" defer></script>");
        return html.ToString();
    }

    public static string Errors(UiRequest ui, IReadOnlyList<CriteriaError> errors)
    {
        if (errors.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder($"<div class=\"errors\"><h2>{E(ui.T("Revise la definición", "Check the definition"))}</h2><ul>");
        foreach (var error in errors)
        {
            var message = error.Code == CriteriaErrors.ParticipationOnly
                ? ui.T("Esta regla emitiría la credencial solo por participación, sin evidencia evaluada. Exija una calificación, un dominio, una aprobación o una credencial en cada camino.", "This rule would issue the credential on participation alone, with no assessed evidence. Require a score, mastery, a pass or a credential on every path.")
                : error.Message;
            html.Append(CultureInfo.InvariantCulture, $"<li data-code=\"{E(error.Code)}\">{E(message)}</li>");
        }

        return html.Append("</ul></div>").ToString();
    }

    public static string Describe(UiRequest ui, CatalogActivity activity)
    {
        var detail = activity.MaxPoints is { } max ? $" ({ui.T("máx.", "max")} {UiFormat.Number(ui.Language, max)} pts)"
            : activity.MaxLevel is { } level ? $" ({ui.T("nivel máx.", "max level")} {UiFormat.Number(ui.Language, level)})" : string.Empty;
        return activity.Name + detail + (activity.IsAssessed ? string.Empty : ui.T(" · sin calificación", " · not graded"));
    }

    private static string Text(string name, string label, string value, bool multiline, string? inputMode = null) => multiline
        ? $"<p><label for=\"{name}\">{E(label)}</label><br><textarea id=\"{name}\" name=\"{name}\" rows=\"3\" cols=\"70\">{E(value)}</textarea></p>"
        : $"<p><label for=\"{name}\">{E(label)}</label><br><input id=\"{name}\" name=\"{name}\" value=\"{E(value)}\" size=\"{(inputMode is null ? 60 : 8)}\"{(inputMode is null ? string.Empty : $" inputmode=\"{inputMode}\"")}></p>";

    public static string Select(string name, string label, string selected, IReadOnlyList<(string Value, string Text)> options, bool hiddenLabel = false)
    {
        var html = new StringBuilder(hiddenLabel ? $"<label class=\"sr-only\" for=\"{name}\">{E(label)}</label>" : $"<p><label for=\"{name}\">{E(label)}</label><br>");
        html.Append(CultureInfo.InvariantCulture, $"<select id=\"{name}\" name=\"{name}\">");
        if (selected.Length > 0 && options.All(o => o.Value != selected))
        {
            options = [.. options, (selected, selected)]; // a stored value the list lacks stays selectable, so saving changes nothing
        }

        foreach (var (value, text) in options)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(value)}\"{(value == selected ? " selected" : string.Empty)}>{E(text)}</option>");
        }

        return html.Append(hiddenLabel ? "</select>" : "</select></p>").ToString();
    }
}
