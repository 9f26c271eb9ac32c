using System.Globalization;
using System.Text;
using Insignia.Core.Ports;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Admin;

/// <summary>The connections list, the add/edit form and the test report. Secrets never appear in these pages.</summary>
internal static class ConnectionAdminPages
{
    public static string List(AdminRequest ui, IReadOnlyList<SourceConnection> connections, string notice)
    {
        var html = new StringBuilder($"<h1>{E(ui.T("Conexiones con plataformas", "Platform connections"))}</h1>{notice}");
        html.Append(CultureInfo.InvariantCulture, $"<p><a class=\"button\" href=\"{E(ui.Url("/admin/connections/new"))}\">{E(ui.T("Nueva conexión", "New connection"))}</a></p>");
        if (connections.Count == 0)
        {
            return html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T("Aún no hay conexiones.", "No connections yet."))}</p>").ToString();
        }

        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th scope=\"col\">{E(ui.T("Nombre", "Name"))}</th><th scope=\"col\">{E(ui.T("Tipo", "Kind"))}</th><th scope=\"col\">URL</th><th scope=\"col\">{E(ui.T("Secreto", "Secret"))}</th><th scope=\"col\">{E(ui.T("Acciones", "Actions"))}</th></tr></thead><tbody>");
        foreach (var connection in connections)
        {
            var name = Uri.EscapeDataString(connection.Name);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(connection.Name)}</td><td>{E(connection.Kind)}</td><td>{E(connection.BaseUrl.AbsoluteUri)}</td><td>{E(connection.SecretReference is null ? ui.T("no", "no") : ui.T("guardado", "stored"))}</td><td>");
            html.Append(CultureInfo.InvariantCulture, $"<form class=\"inline\" method=\"post\" action=\"{E(ui.Url($"/admin/connections/{name}/test"))}\">{ui.FormFields()}<button type=\"submit\">{E(ui.T($"Probar {connection.Name}", $"Test {connection.Name}"))}</button></form>");
            if (ConnectionForm.Kinds.Contains(connection.Kind))
            {
                html.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(ui.Url($"/admin/connections/{name}"))}\">{E(ui.T($"Editar {connection.Name}", $"Edit {connection.Name}"))}</a> ");
            }

            html.Append(CultureInfo.InvariantCulture, $"<form class=\"inline\" method=\"post\" action=\"{E(ui.Url($"/admin/connections/{name}/remove"))}\">{ui.FormFields()}<button type=\"submit\">{E(ui.T($"Quitar {connection.Name}", $"Remove {connection.Name}"))}</button></form></td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    public static string Form(AdminRequest ui, ConnectionForm form, bool isNew, IReadOnlyDictionary<string, string> errors)
    {
        var action = isNew ? "/admin/connections" : $"/admin/connections/{Uri.EscapeDataString(form.Name)}";
        var html = new StringBuilder($"<h1>{E(isNew ? ui.T("Nueva conexión", "New connection") : ui.T($"Editar la conexión {form.Name}", $"Edit connection {form.Name}"))}</h1>");
        html.Append(AdminForm.ErrorSummary(ui, errors));
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(ui.Url(action))}\" novalidate>{ui.FormFields()}");
        html.Append(AdminForm.Input("name", ui.T("Nombre", "Name"), form.Name, errors, hint: ui.T("Se usa en las claves de curso: nombre/curso.", "Used in course keys: name/course."), readOnly: !isNew, required: true));
        html.Append(AdminForm.Select("kind", ui.T("Tipo de plataforma", "Platform kind"), form.Kind, [.. ConnectionForm.Kinds.Select(k => (k, KindName(k)))], errors));
        html.Append(AdminForm.Input("baseUrl", ui.T("URL base", "Base URL"), form.BaseUrl, errors, "url", required: true));
        html.Append(AdminForm.Input("token", ui.T("Token o contraseña", "Token or password"), string.Empty, errors, "password",
            hint: form.HasStoredToken ? ui.T("Hay un secreto guardado; déjelo vacío para conservarlo.", "A secret is stored; leave empty to keep it.") : ui.T("Se guarda cifrado y nunca se vuelve a mostrar.", "Stored encrypted and never shown again.")));
        foreach (var (kind, settings) in ConnectionForm.KindSettings)
        {
            html.Append(CultureInfo.InvariantCulture, $"<fieldset data-kind=\"{kind}\"><legend>{E(ui.T($"Ajustes de {KindName(kind)}", $"{KindName(kind)} settings"))}</legend>");
            foreach (var (key, es, en) in settings)
            {
                var value = form.Kind == kind ? form.Settings.GetValueOrDefault(key) ?? string.Empty : string.Empty;
                html.Append(AdminForm.Input($"setting.{key}", ui.T(es, en), value, errors));
            }

            html.Append("</fieldset>");
        }

        return html.Append(CultureInfo.InvariantCulture, $"<p><button type=\"submit\">{E(ui.T("Guardar", "Save"))}</button></p></form>").ToString();
    }

    public static string TestReport(AdminRequest ui, SourceConnection connection, ConnectionProbeResult? result, string? error)
    {
        var html = new StringBuilder($"<h1>{E(ui.T($"Prueba de la conexión {connection.Name}", $"Test of connection {connection.Name}"))}</h1>");
        if (result is null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"notmet\" data-probe=\"failed\">{E(ui.T("No se pudo probar la conexión:", "The connection could not be tested:"))} {E(error)}</p>");
        }
        else
        {
            var ok = result.Reachable && result.Problems.Count == 0;
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"{(ok ? "met" : "notmet")}\" data-probe=\"{(ok ? "ok" : result.Reachable ? "degraded" : "unreachable")}\">{E(ok ? ui.T("La conexión funciona.", "The connection works.") : result.Reachable ? ui.T("La plataforma responde, con problemas:", "The platform answers, with problems:") : ui.T("La plataforma no responde o rechazó la conexión.", "The platform does not answer or refused the connection."))}</p>");
            html.Append(CultureInfo.InvariantCulture, $"<dl><dt>{E(ui.T("Sitio", "Site"))}</dt><dd>{E(result.SiteName ?? "—")}</dd><dt>{E(ui.T("Versión", "Release"))}</dt><dd>{E(result.Release ?? "—")}</dd></dl>");
            List(html, ui.T("Problemas", "Problems"), result.Problems);
            List(html, ui.T("Funciones limitadas", "Degraded features"), result.DegradedFeatures);
            List(html, ui.T("Funciones disponibles", "Usable functions"), result.UsableFunctions);
        }

        return html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(ui.Url("/admin/connections"))}\">{E(ui.T("← Volver a las conexiones", "← Back to connections"))}</a></p>").ToString();
    }

    private static void List(StringBuilder html, string title, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(title)}</h2><ul>{string.Concat(items.Select(i => $"<li>{E(i)}</li>"))}</ul>");
        }
    }

    private static string KindName(string kind) => kind switch
    {
        PlatformKind.Moodle => "Moodle",
        PlatformKind.Canvas => "Canvas",
        PlatformKind.Coursera => "Coursera",
        PlatformKind.OneRoster => "OneRoster",
        _ => kind,
    };
}
