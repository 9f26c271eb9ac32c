using Insignia.Host.Lti;
using Insignia.Host.Lti.Session;
using Microsoft.AspNetCore.Antiforgery;

namespace Insignia.Host.Web.Course;

/// <summary>Opens a course page request: the session (with the role the page needs), the language and the antiforgery tokens.</summary>
internal sealed class CourseUi(CoursePages sessions, IAntiforgery antiforgery)
{
    /// <summary>The language: <c>?lang=</c>, then the launch locale, then Accept-Language.</summary>
    public static string Language(HttpContext http, LtiSession? session)
    {
        if (http.Request.Query.ContainsKey("lang") || session?.Locale is null)
        {
            return UiLanguage.From(http);
        }

        return session.Locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? UiLanguage.English : UiLanguage.Spanish;
    }

    /// <summary>Opens the request, or returns the page to show instead (no session, wrong role, forged form).</summary>
    public async Task<(UiRequest? Ui, IResult? Refusal)> OpenAsync(HttpContext http, bool instructorOnly, bool isForm)
    {
        var session = sessions.ReadSession(http);
        var language = Language(http, session);
        if (session is null || (instructorOnly && !session.IsInstructor))
        {
            return (null, session is null
                ? CoursePages.NoSession(language)
                : LtiHtml.Error(language, "instructors_only", UiLanguage.Pick(language, "Esta página es para docentes del curso.", "This page is for the course's instructors."), StatusCodes.Status403Forbidden));
        }

        if (isForm && !await antiforgery.IsRequestValidAsync(http))
        {
            return (null, LtiHtml.Error(language, "form_expired", UiLanguage.Pick(language, PageRequest.FormExpiredSpanish, PageRequest.FormExpiredEnglish)));
        }

        return (new UiRequest(session, language, antiforgery.GetAndStoreTokens(http)), null);
    }

    public static IResult Page(UiRequest ui, string title, string body, int status = StatusCodes.Status200OK) =>
        LtiHtml.Page(PageLayout.Wrap(ui.Language, title, body), status);
}
