using System.Globalization;
using System.Text;
using Insignia.Host.Lti;
using Microsoft.AspNetCore.Antiforgery;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Admin;

/// <summary>Opens an admin request (language, antiforgery) and renders admin pages with their navigation and field errors.</summary>
internal sealed class AdminUi(IAntiforgery antiforgery)
{
    /// <summary>Opens the request, or returns the page to show instead when a form's antiforgery token is missing or forged.</summary>
    public async Task<(AdminRequest? Ui, IResult? Refusal)> OpenAsync(HttpContext http, bool isForm)
    {
        var language = UiLanguage.From(http);
        if (isForm && !await antiforgery.IsRequestValidAsync(http))
        {
            return (null, LtiHtml.Error(language, "form_expired", UiLanguage.Pick(language, PageRequest.FormExpiredSpanish, PageRequest.FormExpiredEnglish)));
        }

        return (new AdminRequest(language, antiforgery.GetAndStoreTokens(http)), null);
    }

    public static IResult Page(AdminRequest ui, string title, string body, int status = StatusCodes.Status200OK)
    {
        var nav = new StringBuilder($"<nav aria-label=\"{E(ui.T("Administración", "Administration"))}\"><a href=\"{E(ui.Url("/admin"))}\">{E(ui.T("Inicio", "Home"))}</a>");
        foreach (var (path, es, en) in Sections)
        {
            nav.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(ui.Url(path))}\">{E(ui.T(es, en))}</a>");
        }

        nav.Append("</nav>");
        return LtiHtml.Page(PageLayout.Wrap(ui.Language, title, nav + body + "<script src=\"/admin/admin.js\" defer></script>"), status);
    }

    /// <summary>An admin error page: what happened, its code, and the way back.</summary>
    public static IResult Error(AdminRequest ui, string code, string message, int status) =>
        Page(ui, ui.T("No se pudo completar", "Could not complete"),
            $"<h1>{E(ui.T("No se pudo completar", "Could not complete"))}</h1><p data-code=\"{E(code)}\">{E(message)}</p><p><code>{E(code)}</code></p>", status);

    public static IReadOnlyList<(string Path, string Spanish, string English)> Sections { get; } =
    [
        ("/admin/connections", "Conexiones", "Connections"),
        ("/admin/lti", "Registros LTI", "LTI registrations"),
        ("/admin/issuer", "Emisor y claves", "Issuer and keys"),
        ("/admin/mooc", "Cursos MOOC", "MOOC courses"),
    ];

    public static string Notice(AdminRequest ui, HttpContext http, IReadOnlyDictionary<string, (string Spanish, string English)> notices) =>
        notices.TryGetValue(http.Request.Query["done"].ToString(), out var text)
            ? $"<p class=\"notice\" role=\"status\">{E(ui.T(text.Spanish, text.English))}</p>"
            : string.Empty;
}
