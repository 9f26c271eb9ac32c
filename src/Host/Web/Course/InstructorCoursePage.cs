using System.Globalization;
using System.Text;
using Insignia.Core.Criteria;
using Insignia.Host.Definitions;
using Insignia.Host.Persistence;
using Insignia.Host.Sync;
using Microsoft.EntityFrameworkCore;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Course;

/// <summary>The instructor's course page: definitions with decision counts, re-evaluation and "sync now".</summary>
internal sealed class InstructorCoursePage(InsigniaDbContext db, DefinitionStore definitions, SyncRunner sync, CourseCredentials credentials, TimeProvider time)
{
    public async Task<string> RenderAsync(UiRequest ui, string? notice, CancellationToken cancellationToken)
    {
        var session = ui.Session;
        var list = await definitions.LatestForCourseAsync(session.CourseKey, cancellationToken);
        var ids = list.Select(d => d.Id).ToList();
        var counts = await db.Decisions.AsNoTracking().Where(d => ids.Contains(d.DefinitionId))
            .GroupBy(d => new { d.DefinitionId, d.Outcome }).Select(g => new { g.Key.DefinitionId, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(string id, DecisionOutcome outcome) => counts.FirstOrDefault(c => c.DefinitionId == id && c.Outcome == outcome)?.Count ?? 0;
        var issued = await credentials.CountsAsync(ids, cancellationToken);

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(session.ContextTitle ?? session.ContextId)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T("Clave del curso en Insignia:", "Insignia course key:"))} <code>{E(session.CourseKey)}</code></p>");
        if (notice is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"notice\" role=\"status\">{E(notice)}</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(ui.T("Credenciales del curso", "Course credentials"))}</h2>");
        if (list.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T("Este curso aún no tiene credenciales definidas.", "This course has no credentials defined yet."))}</p>");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<table id=\"definitions\"><thead><tr><th scope=\"col\">{E(ui.T("Credencial", "Credential"))}</th><th scope=\"col\">{E(ui.T("Versión", "Version"))}</th><th scope=\"col\">{E(ui.T("Cumplen", "Met"))}</th><th scope=\"col\">{E(ui.T("Pendientes", "Pending"))}</th><th scope=\"col\">{E(ui.T("No cumplen", "Not met"))}</th><th scope=\"col\">{E(ui.T("Emitidas", "Issued"))}</th><th scope=\"col\">{E(ui.T("Revocadas", "Revoked"))}</th></tr></thead><tbody>");
            foreach (var definition in list)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr data-definition=\"{E(definition.Id)}\"><td><a href=\"{E(ui.Url($"/lti/course/definition/{Uri.EscapeDataString(definition.Id)}"))}\">{E(definition.Name)}</a><br><small>{E(definition.CriteriaNarrative)}</small></td>");
                html.Append(CultureInfo.InvariantCulture, $"<td>{definition.Version}</td><td data-count=\"met\">{UiFormat.Count(ui.Language, Count(definition.Id, DecisionOutcome.Met))}</td><td data-count=\"pending\">{UiFormat.Count(ui.Language, Count(definition.Id, DecisionOutcome.Pending))}</td><td data-count=\"notmet\">{UiFormat.Count(ui.Language, Count(definition.Id, DecisionOutcome.NotMet))}</td>");
                var (issuedCount, revokedCount) = issued.GetValueOrDefault(definition.Id);
                html.Append(CultureInfo.InvariantCulture, $"<td data-count=\"issued\">{UiFormat.Count(ui.Language, issuedCount)}</td><td data-count=\"revoked\">{UiFormat.Count(ui.Language, revokedCount)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p><a class=\"button\" href=\"{E(ui.Url("/lti/course/definition"))}\">{E(ui.T("Nueva credencial", "New credential"))}</a></p>");
        html.Append(CultureInfo.InvariantCulture, $"<p><a id=\"insights\" href=\"{E(ui.Url("/lti/course/insights"))}\">{E(ui.T("Indicadores del curso", "Course insights"))}</a></p>");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(ui.T("Evidencia y decisiones", "Evidence and decisions"))}</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(ui.Url("/lti/course/evaluate"))}\" class=\"inline\">{ui.FormFields()}<button type=\"submit\">{E(ui.T("Reevaluar ahora", "Re-evaluate now"))}</button></form> ");
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(ui.Url("/lti/course/sync"))}\" class=\"inline\" id=\"sync-form\" data-status=\"{E(ui.Url("/lti/course/sync/status"))}\">{ui.FormFields()}<button type=\"submit\" id=\"sync-now\">{E(ui.T("Sincronizar ahora", "Sync now"))}</button></form>");
        var state = await sync.StatusAsync(db, session.PlatformName, session.ContextId, cancellationToken);
        html.Append(CultureInfo.InvariantCulture, $"<div id=\"sync-status\" role=\"status\" aria-live=\"polite\">{SyncStatusText.Render(ui.Language, state)}</div>");
        var names = list.ToDictionary(d => d.Id, d => d.Name, StringComparer.Ordinal);
        html.Append(IssuedCredentialsSection.Render(ui, await credentials.ForDefinitionsAsync(ids, cancellationToken), await credentials.PendingIssuanceAsync(ids, cancellationToken), names, time.GetUtcNow()));
        html.Append("<script src=\"/lti/course/ui.js\" defer></script>");
        return html.ToString();
    }
}
