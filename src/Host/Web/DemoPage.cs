using System.Globalization;
using System.Text;
using System.Text.Json;
using Insignia.Core.Criteria;
using Insignia.Host.Definitions;
using Insignia.Host.Demo;
using Insignia.Host.Evaluation;
using Insignia.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web;

/// <summary>The demo course: its credential definitions and each learner's stored decision with what is missing.</summary>
internal sealed class DemoPage(InsigniaDbContext db, DefinitionStore definitions)
{
    public async Task<string> RenderAsync(string language, CancellationToken cancellationToken)
    {
        var courseKey = $"{DemoCourse.Connection}/{DemoCourse.CourseId}";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(DemoCourse.Title)}</h1>");
        foreach (var definition in await definitions.LatestForCourseAsync(courseKey, cancellationToken))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(definition.Name)} <small>v{definition.Version}</small></h2><p>{E(definition.CriteriaNarrative)}</p>");
            var rows = await (from d in db.Decisions.AsNoTracking()
                              join l in db.Learners.AsNoTracking() on d.LearnerId equals l.Id
                              where d.DefinitionId == definition.Id
                              orderby l.DisplayName
                              select new
                              {
                                  l.DisplayName,
                                  d.Outcome,
                                  d.ExplanationJson,
                                  CredentialId = db.Credentials.Where(c => c.LearnerId == d.LearnerId && c.DefinitionId == d.DefinitionId).OrderByDescending(c => c.IssuedAt).Select(c => (Guid?)c.Id).FirstOrDefault(),
                              }).ToListAsync(cancellationToken);
            html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th scope=\"col\">{E(UiLanguage.Pick(language, "Estudiante", "Learner"))}</th><th scope=\"col\">{E(UiLanguage.Pick(language, "Decisión", "Decision"))}</th><th scope=\"col\">{E(UiLanguage.Pick(language, "Por qué", "Why"))}</th><th scope=\"col\">{E(UiLanguage.Pick(language, "Credencial", "Credential"))}</th></tr></thead><tbody>");
            foreach (var row in rows)
            {
                var explanation = JsonSerializer.Deserialize<RuleResult>(row.ExplanationJson, DecisionJson.Options);
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(row.DisplayName)}</td><td class=\"{row.Outcome.ToString().ToLowerInvariant()}\">{E(OutcomeText(language, row.Outcome))}</td><td>{E(explanation?.Missing ?? UiLanguage.Pick(language, "Cumple todos los criterios con evidencia evaluada.", "Meets every criterion with assessed evidence."))}</td><td>{CredentialLink(language, row.CredentialId)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append(Lti.DemoPlatform.DemoPlatformEndpoints.LaunchButtons(language));
        return Wrap(language, DemoCourse.Title, html.ToString());
    }

    private static string CredentialLink(string language, Guid? id) => id is { } credential
        ? $"<a href=\"/credentials/{credential:D}?lang={language}\">{E(UiLanguage.Pick(language, "Ver y verificar", "View and verify"))}</a>"
        : "—";

    private static string OutcomeText(string language, DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Met => UiLanguage.Pick(language, "Cumple", "Met"),
        DecisionOutcome.NotMet => UiLanguage.Pick(language, "No cumple", "Not met"),
        _ => UiLanguage.Pick(language, "Pendiente", "Pending"),
    };
}
