using Insignia.Host.Lti;
using Microsoft.AspNetCore.Antiforgery;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Registrar;

/// <summary>Opens a registrar request (language, antiforgery) and renders its pages and refusals.</summary>
internal sealed class RegistrarUi(IAntiforgery antiforgery)
{
    /// <summary>Opens the request, or returns the refusal for a form that did not come from our page.</summary>
    public async Task<(RegistrarRequest? Ui, IResult? Refusal)> OpenAsync(HttpContext http, bool isForm)
    {
        var language = UiLanguage.From(http);
        if (isForm && !await antiforgery.IsRequestValidAsync(http))
        {
            return (null, Refuse(http, language, StatusCodes.Status400BadRequest, "form_expired", PageRequest.FormExpiredEnglish, PageRequest.FormExpiredSpanish));
        }

        return (new RegistrarRequest(language, antiforgery.GetAndStoreTokens(http)), null);
    }

    public static IResult Page(RegistrarRequest ui, string title, string body, int status = StatusCodes.Status200OK) =>
        LtiHtml.Page(PageLayout.Wrap(ui.Language, title, body), status);

    /// <summary>A refusal: an HTML page for a browser (which asks for text/html), problem+json otherwise. The English detail goes in both.</summary>
    public static IResult Refuse(HttpContext http, string language, int status, string code, string english, string? spanish = null)
    {
        if (!http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Create(http, status, code, english);
        }

        var message = language == UiLanguage.English || spanish is null ? english : spanish;
        var back = UiLanguage.Pick(language, "Volver a las entradas", "Back to the entries");
        var body = $"<h1>{E(UiLanguage.Pick(language, "No se pudo completar", "This could not be done"))}</h1><p class=\"errors\" role=\"alert\" data-code=\"{E(code)}\">{E(message)}</p><p><a href=\"/registrar?lang={E(language)}\">{E(back)}</a></p>";
        return LtiHtml.Page(PageLayout.Wrap(language, UiLanguage.Pick(language, "Registro escolar", "Registrar"), body), status);
    }
}
