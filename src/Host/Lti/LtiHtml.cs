using Insignia.Host.Web;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Lti;

/// <summary>HTML results of the LTI endpoints.</summary>
internal static class LtiHtml
{
    public static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);

    public static IResult Error(string language, string code, string description, int status = StatusCodes.Status400BadRequest) =>
        Page(Wrap(language, UiLanguage.Pick(language, "No se pudo abrir Insignia", "Insignia could not open"), $"""
            <h1>{E(UiLanguage.Pick(language, "No se pudo abrir Insignia", "Insignia could not open"))}</h1>
            <p>{E(description)}</p>
            <p><code data-code="{E(code)}">{E(code)}</code></p>
            <p>{E(UiLanguage.Pick(language, "Vuelva a abrir la actividad desde su curso. Si se repite, comparta este código con quien administra la plataforma.", "Open the activity again from your course. If it happens again, share this code with your platform administrator."))}</p>
            """), status);
}
