using Insignia.Host.Web;

namespace Insignia.Host.Lti.Session;

/// <summary>Reads the course session a launch opened; the pages themselves live in <c>Web/Course</c>.</summary>
internal sealed class CoursePages(LtiProtector protector, TimeProvider time)
{
    public LtiSession? ReadSession(HttpContext http)
    {
        var session = protector.TryUnprotect<LtiSession>(LtiSession.Purpose, http.Request.Cookies[LtiCookies.Session]);
        return session is not null && session.ExpiresAt > time.GetUtcNow() ? session : null;
    }

    public static IResult NoSession(string language) => LtiHtml.Error(
        language,
        "no_session",
        UiLanguage.Pick(language, "No hay una sesión de curso abierta en este navegador: abra Insignia desde su curso. Si su navegador bloquea cookies de terceros, ábralo en una ventana nueva.", "There is no course session in this browser: open Insignia from your course. If your browser blocks third-party cookies, open it in a new window."),
        StatusCodes.Status401Unauthorized);
}
