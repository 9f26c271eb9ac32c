using System.Globalization;
using System.Text;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Registrar;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Registrar;

/// <summary>The list's filter form (GET, so a filtered list can be bookmarked and exported).</summary>
internal static class RegistrarFilterForm
{
    public static string Render(RegistrarRequest ui, TranscriptFilter filter,
        (IReadOnlyList<string> Courses, IReadOnlyList<(string Id, string Name)> Credentials) choices)
    {
        var states = new List<(string Value, string Text)> { (string.Empty, ui.T("Todos", "All")) };
        states.AddRange(Enum.GetValues<TranscriptEntryState>().Select(s => (s.ToString().ToLowerInvariant(), RegistrarText.State(ui, s))));
        states.Add(("revoked", ui.T("Credencial revocada", "Credential revoked")));
        var currentState = filter.RevokedOnly ? "revoked" : filter.State?.ToString().ToLowerInvariant() ?? string.Empty;

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"get\" action=\"/registrar\" id=\"filters\" role=\"search\"><fieldset><legend>{E(ui.T("Filtrar", "Filter"))}</legend><input type=\"hidden\" name=\"lang\" value=\"{E(ui.Language)}\">");
        html.Append(Select("state", ui.T("Estado", "State"), states, currentState));
        html.Append(Select("course", ui.T("Curso", "Course"), [(string.Empty, ui.T("Todos", "All")), .. choices.Courses.Select(c => (c, c))], filter.Course ?? string.Empty));
        html.Append(Select("credential", ui.T("Credencial", "Credential"), [(string.Empty, ui.T("Todas", "All")), .. choices.Credentials], filter.Credential ?? string.Empty));
        html.Append(Input("from", ui.T("Obtenida desde", "Earned from"), "date", filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        html.Append(Input("to", ui.T("Obtenida hasta", "Earned until"), "date", filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        html.Append(Input("learner", ui.T("Persona (nombre, correo o id del SIS)", "Learner (name, email or SIS id)"), "search", filter.Learner));
        html.Append(CultureInfo.InvariantCulture, $" <button type=\"submit\">{E(ui.T("Aplicar filtros", "Apply filters"))}</button> <a href=\"{E(ui.Url("/registrar"))}\">{E(ui.T("Quitar filtros", "Clear filters"))}</a></fieldset></form>");
        return html.ToString();
    }

    private static string Select(string name, string label, IEnumerable<(string Value, string Text)> options, string selected)
    {
        var items = options.Select(o => $"<option value=\"{E(o.Value)}\"{(o.Value == selected ? " selected" : string.Empty)}>{E(o.Text)}</option>");
        return $"<label for=\"f-{name}\">{E(label)}</label> <select id=\"f-{name}\" name=\"{name}\">{string.Concat(items)}</select> ";
    }

    private static string Input(string name, string label, string type, string? value) =>
        $"<label for=\"f-{name}\">{E(label)}</label> <input id=\"f-{name}\" name=\"{name}\" type=\"{type}\" value=\"{E(value)}\"> ";
}
