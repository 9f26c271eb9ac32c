using System.Globalization;
using System.Text;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Registrar;
using Insignia.Host.Web.Course;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Registrar;

/// <summary>The registrar's list: filters, bulk approval, sync to the SIS, CSV export and pages of 50.</summary>
internal static class RegistrarListPage
{
    public static string Render(RegistrarRequest ui, TranscriptFilter filter, IReadOnlyList<string> errors, TranscriptPage page,
        (IReadOnlyList<string> Courses, IReadOnlyList<(string Id, string Name)> Credentials) choices, string notice)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(ui.T("Entradas de historial académico", "Transcript entries"))}</h1>{ui.Nav("/registrar")}");
        if (notice.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"notice\" role=\"status\">{E(notice)}</p>");
        }

        if (errors.Count > 0)
        {
            html.Append("<ul class=\"errors\" role=\"alert\">").AppendJoin(string.Empty, errors.Select(e => $"<li>{E(e)}</li>")).Append("</ul>");
        }

        html.Append(RegistrarFilterForm.Render(ui, filter, choices));
        html.Append(CultureInfo.InvariantCulture, $"<p><a id=\"export\" href=\"{E(ui.Url("/registrar/export.csv" + (filter.ToQuery() is { Length: > 0 } q ? "?" + q : string.Empty)))}\">{E(ui.T("Exportar CSV (filtro actual, todas las páginas)", "Export CSV (current filter, all pages)"))}</a></p>");
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(ui.Url("/registrar/sync"))}\" class=\"inline\">{ui.FormFields()}{Back(filter, page.Page)}<button type=\"submit\" id=\"sync\">{E(ui.T("Enviar aprobadas al SIS", "Sync approved to SIS"))}</button></form>");
        html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"results\">{E(ui.T($"{UiFormat.Count(ui.Language, page.Total)} entradas", $"{UiFormat.Count(ui.Language, page.Total)} entries"))}</h2>");
        if (page.Rows.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T("Ninguna entrada coincide con el filtro.", "No entry matches the filter."))}</p>");
            return html.ToString();
        }

        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(ui.Url("/registrar/approve"))}\" id=\"bulk\">{ui.FormFields()}{Back(filter, page.Page)}");
        html.Append(CultureInfo.InvariantCulture, $"<table id=\"entries\"><caption class=\"sr-only\">{E(ui.T("Entradas de historial", "Transcript entries"))}</caption><thead><tr><th scope=\"col\">{E(ui.T("Elegir", "Select"))}</th><th scope=\"col\">{E(ui.T("Persona", "Learner"))}</th><th scope=\"col\">{E(ui.T("Curso y periodo", "Course and term"))}</th><th scope=\"col\">{E(ui.T("Credencial", "Credential"))}</th><th scope=\"col\">{E(ui.T("Créditos", "Credits"))}</th><th scope=\"col\">{E(ui.T("Obtenida", "Earned"))}</th><th scope=\"col\">{E(ui.T("Estado", "State"))}</th><th scope=\"col\">{E(ui.T("Acciones", "Actions"))}</th></tr></thead><tbody>");
        foreach (var row in page.Rows)
        {
            html.Append(Row(ui, row));
        }

        html.Append(CultureInfo.InvariantCulture, $"</tbody></table><p><button type=\"submit\" id=\"approve-selected\">{E(ui.T("Aprobar seleccionadas", "Approve selected"))}</button></p></form>");
        html.Append(Pager(ui, filter, page));
        return html.ToString();
    }

    private static string Row(RegistrarRequest ui, TranscriptRow row)
    {
        var e = row.Entry;
        var id = e.CredentialId.ToString();
        var learner = row.LearnerName ?? e.LearnerSisId;
        var pending = e.State == TranscriptEntryState.Pending && !row.Revoked;
        var check = pending
            ? $"<input type=\"checkbox\" name=\"ids\" value=\"{id}\" id=\"pick-{id}\"><label for=\"pick-{id}\" class=\"sr-only\">{E(ui.T($"Elegir la entrada de {learner}", $"Select the entry of {learner}"))}</label>"
            : string.Empty;
        var revoked = row.Revoked ? $" <strong class=\"notmet\" data-revoked=\"true\">{E(ui.T("Credencial revocada", "Credential revoked"))}</strong>" : string.Empty;
        var error = e.State == TranscriptEntryState.Failed && e.LastError is { } last ? $"<br><small>{E(last)}</small>" : string.Empty;
        var approve = pending
            ? $"<button type=\"submit\" formaction=\"{E(ui.Url($"/registrar/entries/{id}/approve"))}\" aria-label=\"{E(ui.T($"Aprobar la entrada de {learner}", $"Approve the entry of {learner}"))}\">{E(ui.T("Aprobar", "Approve"))}</button> "
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"<tr data-entry=\"{id}\" data-state=\"{e.State.ToString().ToLowerInvariant()}\"><td>{check}</td><td>{E(learner)}<br><small>{E(e.LearnerSisId)}</small></td><td>{E(e.CourseKey)}<br><small>{E(e.Term)}</small></td><td>{E(e.CredentialName)}</td><td>{E(UiFormat.Number(ui.Language, (double)e.Credits))}</td><td>{E(UiFormat.Date(ui.Language, e.EarnedAt))}</td><td>{E(RegistrarText.State(ui, e.State))}{revoked}{error}</td><td>{approve}<a href=\"{E(ui.Url($"/registrar/entries/{id}"))}\">{E(ui.T("Detalle", "Details"))}<span class=\"sr-only\"> {E(learner)}</span></a></td></tr>");
    }

    /// <summary>The list's filter and page, so the redirect after a post comes back to the same view.</summary>
    private static string Back(TranscriptFilter filter, int page) => $"<input type=\"hidden\" name=\"back\" value=\"{E(filter.ToQuery(page))}\">";

    private static string Pager(RegistrarRequest ui, TranscriptFilter filter, TranscriptPage page)
    {
        if (page.Pages <= 1)
        {
            return string.Empty;
        }

        string Link(int number, string text, string rel) =>
            $"<a rel=\"{rel}\" href=\"{E(ui.Url("/registrar?" + filter.ToQuery(number)))}\">{E(text)}</a>";
        var html = new StringBuilder($"<nav aria-label=\"{E(ui.T("Páginas", "Pages"))}\" id=\"pager\">");
        if (page.Page > 1)
        {
            html.Append(Link(page.Page - 1, ui.T("Anterior", "Previous"), "prev"));
        }

        html.Append(CultureInfo.InvariantCulture, $"<span aria-current=\"page\">{E(ui.T($"Página {page.Page} de {page.Pages}", $"Page {page.Page} of {page.Pages}"))}</span> ");
        if (page.Page < page.Pages)
        {
            html.Append(Link(page.Page + 1, ui.T("Siguiente", "Next"), "next"));
        }

        return html.Append("</nav>").ToString();
    }
}
