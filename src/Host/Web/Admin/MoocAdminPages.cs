using System.Globalization;
using System.Text;
using Insignia.Core.Achievements;
using Insignia.Core.Courses;
using Insignia.Core.Ports;
using Insignia.Host.Mooc;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Admin;

/// <summary>The MOOC catalog mapping page: the mappings, and a form whose course list comes from the connection's catalog when it has one.</summary>
internal static class MoocAdminPages
{
    public static string Page(
        AdminRequest ui, IReadOnlyList<MoocCourseMapping> mappings, IReadOnlyList<SourceConnection> connections, IReadOnlyList<CredentialDefinition> definitions,
        MoocMappingForm form, IReadOnlyList<CourseContext>? catalog, string? catalogError, IReadOnlyDictionary<string, string> errors, string notice)
    {
        var html = new StringBuilder($"<h1>{E(ui.T("Cursos MOOC vinculados", "Mapped MOOC courses"))}</h1>{notice}");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T("Vincule cursos externos (Coursera u otros) con un curso y una credencial de la institución.", "Map external courses (Coursera or others) to an institution course and credential."))}</p>");
        if (mappings.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th scope=\"col\">{E(ui.T("Conexión", "Connection"))}</th><th scope=\"col\">{E(ui.T("Curso externo", "External course"))}</th><th scope=\"col\">{E(ui.T("Curso de la institución", "Institution course"))}</th><th scope=\"col\">{E(ui.T("Credencial", "Credential"))}</th><th scope=\"col\">{E(ui.T("Acciones", "Actions"))}</th></tr></thead><tbody>");
            foreach (var mapping in mappings)
            {
                var external = mapping.ExternalTitle is null ? mapping.ExternalCourseId : $"{mapping.ExternalTitle} ({mapping.ExternalCourseId})";
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(mapping.Connection)}</td><td>{E(external)}</td><td>{E(mapping.CourseKey)}</td><td>{E(mapping.DefinitionId)}</td>");
                html.Append(CultureInfo.InvariantCulture, $"<td><form class=\"inline\" method=\"post\" action=\"{E(ui.Url($"/admin/mooc/{mapping.Id}/remove"))}\">{ui.FormFields()}<button type=\"submit\">{E(ui.T($"Quitar {mapping.ExternalCourseId}", $"Remove {mapping.ExternalCourseId}"))}</button></form></td></tr>");
            }

            html.Append("</tbody></table>");
        }

        var connectionOptions = connections.Select(c => (c.Name, $"{c.Name} ({c.Kind})")).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(ui.T("Nuevo vínculo", "New mapping"))}</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"get\" action=\"/admin/mooc\"><input type=\"hidden\" name=\"lang\" value=\"{E(ui.Language)}\">");
        html.Append(AdminForm.Select("show", ui.T("Conexión cuyo catálogo mostrar", "Connection whose catalog to show"), form.Connection, connectionOptions, new Dictionary<string, string>()));
        html.Append(CultureInfo.InvariantCulture, $"<p><button type=\"submit\">{E(ui.T("Mostrar sus cursos", "Show its courses"))}</button></p></form>");
        html.Append(AdminForm.ErrorSummary(ui, errors));
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(ui.Url("/admin/mooc"))}\" novalidate>{ui.FormFields()}");
        html.Append(AdminForm.Select("connection", ui.T("Conexión", "Connection"), form.Connection, connectionOptions, errors));
        if (catalog is { Count: > 0 })
        {
            html.Append(AdminForm.Select("externalCourseId", ui.T("Curso externo (del catálogo)", "External course (from the catalog)"), form.ExternalCourseId,
                [(string.Empty, ui.T("(elija)", "(choose)")), .. catalog.Select(c => (c.CourseId, c.Title is null ? c.CourseId : $"{c.Title} ({c.CourseId})"))], errors));
        }
        else
        {
            var hint = catalogError ?? ui.T("Esta conexión no ofrece catálogo: escriba el id del curso, p. ej. el slug de Coursera.", "This connection offers no catalog: enter the course id, e.g. the Coursera slug.");
            html.Append(AdminForm.Input("externalCourseId", ui.T("Id del curso externo", "External course id"), form.ExternalCourseId, errors, hint: hint, required: true));
        }

        html.Append(AdminForm.Select("definitionId", ui.T("Credencial de la institución", "Institution credential"), form.DefinitionId,
            [(string.Empty, ui.T("(elija)", "(choose)")), .. definitions.Select(d => (d.Id, $"{d.Name} ({d.CourseKey})"))], errors));
        html.Append(AdminForm.Input("courseKey", ui.T("Curso de la institución (opcional)", "Institution course (optional)"), form.CourseKey, errors,
            hint: ui.T("conexión/curso; vacío = el curso de la credencial.", "connection/course; empty = the credential's course.")));
        return html.Append(CultureInfo.InvariantCulture, $"<p><button type=\"submit\">{E(ui.T("Vincular", "Map"))}</button></p></form>").ToString();
    }
}
