using System.Globalization;
using System.Text;
using Insignia.Host.Lti.Registrations;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Admin;

/// <summary>The LTI page: the URLs to paste into Moodle or Canvas, the registered platforms with their deployments, and the form.</summary>
internal static class LtiAdminPages
{
    public static string List(AdminRequest ui, string root, IReadOnlyList<LtiPlatform> platforms, string notice)
    {
        var copy = ui.T("Copiar", "Copy");
        var html = new StringBuilder($"<h1>{E(ui.T("Registros LTI 1.3", "LTI 1.3 registrations"))}</h1>{notice}");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(ui.T("Registro dinámico", "Dynamic registration"))}</h2><p>{E(ui.T("Pegue esta URL en Moodle (Herramientas externas › URL de la herramienta) o en Canvas (Developer Keys › LTI Registration).", "Paste this URL into Moodle (External tool › Tool URL) or Canvas (Developer Keys › LTI Registration)."))}</p>");
        html.Append(AdminForm.CopyField("url-register", ui.T("URL de registro dinámico", "Dynamic registration URL"), $"{root}/lti/register", copy));
        html.Append(CultureInfo.InvariantCulture, $"<details><summary>{E(ui.T("URL de la herramienta para el registro manual", "Tool URLs for manual registration"))}</summary>");
        html.Append(AdminForm.CopyField("url-login", ui.T("Inicio de sesión OIDC", "OIDC login initiation"), $"{root}/lti/login", copy));
        html.Append(AdminForm.CopyField("url-launch", ui.T("Lanzamiento (redirect / target link URI)", "Launch (redirect / target link URI)"), $"{root}/lti/launch", copy));
        html.Append(AdminForm.CopyField("url-jwks", ui.T("Claves públicas (JWKS)", "Public keyset (JWKS)"), $"{root}/.well-known/jwks.json", copy));
        html.Append(AdminForm.CopyField("url-deeplink", ui.T("Deep linking (la misma URL de lanzamiento)", "Deep linking (the same launch URL)"), $"{root}/lti/launch", copy));
        html.Append(AdminForm.CopyField("url-canvas", ui.T("JSON de developer key de Canvas", "Canvas developer key JSON"), $"{root}/lti/config.json", copy));
        html.Append("</details>");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(ui.T("Plataformas registradas", "Registered platforms"))}</h2><p><a class=\"button\" href=\"{E(ui.Url("/admin/lti/new"))}\">{E(ui.T("Nuevo registro manual", "New manual registration"))}</a></p>");
        if (platforms.Count == 0)
        {
            return html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T("Aún no hay plataformas.", "No platforms yet."))}</p>").ToString();
        }

        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th scope=\"col\">{E(ui.T("Nombre", "Name"))}</th><th scope=\"col\">Issuer</th><th scope=\"col\">Client id</th><th scope=\"col\">{E(ui.T("Despliegues", "Deployments"))}</th><th scope=\"col\">{E(ui.T("Acciones", "Actions"))}</th></tr></thead><tbody>");
        foreach (var platform in platforms)
        {
            var deployments = platform.Deployments.Count == 0 ? "—" : string.Join(", ", platform.Deployments.Order(StringComparer.Ordinal));
            var auto = platform.AutoOnboardDeployments ? ui.T(" (acepta nuevos)", " (accepts new ones)") : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(platform.Name)}</td><td>{E(platform.Issuer)}</td><td>{E(platform.ClientId)}</td><td>{E(deployments + auto)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td><a href=\"{E(ui.Url($"/admin/lti/{Uri.EscapeDataString(platform.Name)}"))}\">{E(ui.T($"Editar {platform.Name}", $"Edit {platform.Name}"))}</a></td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    public static string Form(AdminRequest ui, LtiRegistrationForm form, bool isNew, IReadOnlyDictionary<string, string> errors)
    {
        var action = isNew ? "/admin/lti" : $"/admin/lti/{Uri.EscapeDataString(form.Name)}";
        var html = new StringBuilder($"<h1>{E(isNew ? ui.T("Nuevo registro LTI", "New LTI registration") : ui.T($"Editar el registro {form.Name}", $"Edit registration {form.Name}"))}</h1>");
        html.Append(AdminForm.ErrorSummary(ui, errors));
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(ui.Url(action))}\" novalidate>{ui.FormFields()}");
        html.Append(AdminForm.Input("name", ui.T("Nombre (opcional)", "Name (optional)"), form.Name, errors, hint: ui.T("Es la conexión en las claves de curso; si lo deja vacío se deriva del issuer.", "It is the connection in course keys; derived from the issuer when empty."), readOnly: !isNew));
        html.Append(AdminForm.Input("issuer", "Issuer (iss)", form.Issuer, errors, "url", readOnly: !isNew, required: true));
        html.Append(AdminForm.Input("clientId", "Client id", form.ClientId, errors, readOnly: !isNew, required: true));
        html.Append(AdminForm.Input("authUrl", ui.T("URL de autorización OIDC", "OIDC authorization URL"), form.AuthUrl, errors, "url", required: true));
        html.Append(AdminForm.Input("tokenUrl", ui.T("URL del token OAuth 2.0", "OAuth 2.0 token URL"), form.TokenUrl, errors, "url", required: true));
        html.Append(AdminForm.Input("jwksUrl", ui.T("URL de claves (JWKS) de la plataforma", "Platform keyset (JWKS) URL"), form.JwksUrl, errors, "url", required: true));
        html.Append(AdminForm.TextArea("deployments", ui.T("Despliegues (uno por línea)", "Deployments (one per line)"), form.Deployments, errors));
        html.Append(AdminForm.Checkbox("autoOnboard", ui.T("Aceptar y recordar despliegues nuevos en el primer lanzamiento", "Accept and remember new deployments on first launch"), form.AutoOnboard));
        return html.Append(CultureInfo.InvariantCulture, $"<p><button type=\"submit\">{E(ui.T("Guardar", "Save"))}</button></p></form>").ToString();
    }
}
