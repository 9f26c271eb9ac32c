using System.Globalization;
using System.Text;
using System.Text.Json;
using Insignia.Core.Criteria;
using Insignia.Host.Definitions;
using Insignia.Host.Evaluation;
using Insignia.Host.Persistence;
using Insignia.Host.Web;
using Microsoft.EntityFrameworkCore;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Lti.Session;

/// <summary>The pages a launch lands on: the course's credentials (instructors) and the learner's progress.</summary>
internal sealed class CoursePages(InsigniaDbContext db, DefinitionStore definitions, LtiProtector protector, TimeProvider time)
{
    public LtiSession? ReadSession(HttpContext http)
    {
        var session = protector.TryUnprotect<LtiSession>(LtiSession.Purpose, http.Request.Cookies[LtiCookies.Session]);
        return session is not null && session.ExpiresAt > time.GetUtcNow() ? session : null;
    }

    public async Task<IResult> CourseAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var language = UiLanguage.From(http);
        if (ReadSession(http) is not { IsInstructor: true } session)
        {
            return NoSession(language);
        }

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(session.ContextTitle ?? session.ContextId)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(UiLanguage.Pick(language, "Clave del curso en Insignia:", "Insignia course key:"))} <code>{E(session.CourseKey)}</code></p>");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(UiLanguage.Pick(language, "Credenciales del curso", "Course credentials"))}</h2><ul>");
        var list = await definitions.LatestForCourseAsync(session.CourseKey, cancellationToken);
        foreach (var definition in list)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(definition.Name)}</strong> v{definition.Version}: {E(definition.CriteriaNarrative)}</li>");
        }

        html.Append("</ul>");
        if (list.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(UiLanguage.Pick(language, "Este curso aún no tiene credenciales definidas.", "This course has no credentials defined yet."))}</p>");
        }

        return LtiHtml.Page(Wrap(language, session.ContextTitle ?? session.ContextId, html.ToString()));
    }

    public async Task<IResult> ProgressAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var language = UiLanguage.From(http);
        if (ReadSession(http) is not { } session)
        {
            return NoSession(language);
        }

        var learnerId = await db.LearnerIdentities.AsNoTracking()
            .Where(i => i.Source == session.PlatformName && i.ExternalId == session.UserId)
            .Select(i => (Guid?)i.LearnerId).FirstOrDefaultAsync(cancellationToken);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(UiLanguage.Pick(language, "Mi progreso", "My progress"))}: {E(session.ContextTitle ?? session.ContextId)}</h1><ul>");
        foreach (var definition in await definitions.LatestForCourseAsync(session.CourseKey, cancellationToken))
        {
            var decision = learnerId is null ? null : await db.Decisions.AsNoTracking()
                .FirstOrDefaultAsync(d => d.DefinitionId == definition.Id && d.LearnerId == learnerId, cancellationToken);
            var missing = decision is null ? null : JsonSerializer.Deserialize<RuleResult>(decision.ExplanationJson, DecisionJson.Options)?.Missing;
            var status = decision?.Outcome switch
            {
                DecisionOutcome.Met => UiLanguage.Pick(language, "Obtenida", "Earned"),
                DecisionOutcome.NotMet => UiLanguage.Pick(language, "Aún no", "Not yet"),
                _ => UiLanguage.Pick(language, "Pendiente", "Pending"),
            };
            html.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(definition.Name)}</strong>: <span data-outcome=\"{E(decision?.Outcome.ToString() ?? "Pending")}\">{E(status)}</span>{(missing is null ? string.Empty : $" · {E(missing)}")}</li>");
        }

        html.Append("</ul>");
        return LtiHtml.Page(Wrap(language, UiLanguage.Pick(language, "Mi progreso", "My progress"), html.ToString()));
    }

    private static IResult NoSession(string language) => LtiHtml.Error(
        language,
        "no_session",
        UiLanguage.Pick(language, "No hay una sesión de curso abierta en este navegador: abra Insignia desde su curso. Si su navegador bloquea cookies de terceros, ábralo en una ventana nueva.", "There is no course session in this browser: open Insignia from your course. If your browser blocks third-party cookies, open it in a new window."),
        StatusCodes.Status401Unauthorized);
}
