using System.Globalization;
using System.Text;
using Insignia.Core.Courses;
using Insignia.Core.Criteria;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Course;

/// <summary>The create/edit form of a credential definition, with the rule builder fed by the course's catalog.</summary>
internal static class DefinitionFormPage
{
    public static string Render(UiRequest ui, DefinitionFormModel model, IReadOnlyList<CatalogActivity> activities, IReadOnlyList<CriteriaError> errors, string? preview)
    {
        var html = new StringBuilder();
        var title = model.Id.Length > 0 ? ui.T("Editar credencial", "Edit credential") : ui.T("Nueva credencial", "New credential");
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(ui.Url("/lti/course"))}\">{E(ui.T("← Volver al curso", "← Back to the course"))}</a></p><h1>{E(title)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(ui.Url("/lti/course/definition"))}\" id=\"definition-form\" data-check=\"{E(ui.Url("/lti/course/definition/check"))}\">{ui.FormFields()}");
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"id\" value=\"{E(model.Id)}\">");
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
        html.Append(RuleBuilder(ui, model, activities));
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

    private static string RuleBuilder(UiRequest ui, DefinitionFormModel model, IReadOnlyList<CatalogActivity> activities)
    {
        var html = new StringBuilder($"<fieldset><legend>{E(ui.T("Regla con las actividades del curso", "Rule from the course's activities"))}</legend>");
        html.Append(Select("combine", ui.T("La persona debe cumplir", "The learner must meet"), model.Combine, [("all", ui.T("todos los requisitos", "all requirements")), ("any", ui.T("cualquiera de los requisitos", "any requirement"))]));
        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th scope=\"col\">#</th><th scope=\"col\">{E(ui.T("Requisito", "Requirement"))}</th><th scope=\"col\">{E(ui.T("Actividad", "Activity"))}</th><th scope=\"col\">{E(ui.T("Umbral", "Threshold"))}</th><th scope=\"col\">{E(ui.T("Unidad", "Unit"))}</th></tr></thead><tbody>");
        for (var i = 0; i < DefinitionFormModel.RuleRows; i++)
        {
            var row = i < model.Rows.Count ? model.Rows[i] : new RuleRow(string.Empty, string.Empty, string.Empty, RuleRow.Percent);
            var kinds = new List<(string, string)> { (string.Empty, RuleRow.KindLabel(ui.Language, string.Empty)) };
            kinds.AddRange(RuleRow.Kinds.Select(k => (k, RuleRow.KindLabel(ui.Language, k))));
            var options = new List<(string, string)> { (string.Empty, ui.T("(elija)", "(choose)")) };
            options.AddRange(activities.Select(a => (a.Key.ToString(), Describe(ui, a))));
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{i + 1}</td><td>{Select($"r{i}.kind", ui.T($"Requisito {i + 1}", $"Requirement {i + 1}"), row.Kind, kinds, hiddenLabel: true)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{Select($"r{i}.activity", ui.T($"Actividad del requisito {i + 1}", $"Activity of requirement {i + 1}"), row.Activity, options, hiddenLabel: true)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td><label class=\"sr-only\" for=\"r{i}.min\">{E(ui.T($"Umbral del requisito {i + 1}", $"Threshold of requirement {i + 1}"))}</label><input id=\"r{i}.min\" name=\"r{i}.min\" inputmode=\"decimal\" size=\"6\" value=\"{E(row.Min)}\"></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{Select($"r{i}.unit", ui.T($"Unidad del requisito {i + 1}", $"Unit of requirement {i + 1}"), row.Unit, [(RuleRow.Percent, "%"), (RuleRow.Points, ui.T("puntos", "points"))], hiddenLabel: true)}</td></tr>");
        }

        return html.Append("</tbody></table></fieldset>").ToString();
    }

    private static string Describe(UiRequest ui, CatalogActivity activity)
    {
        var detail = activity.MaxPoints is { } max ? $" ({ui.T("máx.", "max")} {UiFormat.Number(ui.Language, max)} pts)"
            : activity.MaxLevel is { } level ? $" ({ui.T("nivel máx.", "max level")} {UiFormat.Number(ui.Language, level)})" : string.Empty;
        return activity.Name + detail + (activity.IsAssessed ? string.Empty : ui.T(" · sin calificación", " · not graded"));
    }

    private static string Text(string name, string label, string value, bool multiline, string? inputMode = null) => multiline
        ? $"<p><label for=\"{name}\">{E(label)}</label><br><textarea id=\"{name}\" name=\"{name}\" rows=\"3\" cols=\"70\">{E(value)}</textarea></p>"
        : $"<p><label for=\"{name}\">{E(label)}</label><br><input id=\"{name}\" name=\"{name}\" value=\"{E(value)}\" size=\"{(inputMode is null ? 60 : 8)}\"{(inputMode is null ? string.Empty : $" inputmode=\"{inputMode}\"")}></p>";

    private static string Select(string name, string label, string selected, IReadOnlyList<(string Value, string Text)> options, bool hiddenLabel = false)
    {
        var html = new StringBuilder(hiddenLabel ? $"<label class=\"sr-only\" for=\"{name}\">{E(label)}</label>" : $"<p><label for=\"{name}\">{E(label)}</label><br>");
        html.Append(CultureInfo.InvariantCulture, $"<select id=\"{name}\" name=\"{name}\">");
        foreach (var (value, text) in options)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(value)}\"{(value == selected ? " selected" : string.Empty)}>{E(text)}</option>");
        }

        return html.Append(hiddenLabel ? "</select>" : "</select></p>").ToString();
    }
}
