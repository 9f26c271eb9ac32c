using System.Globalization;
using System.Text;
using System.Text.Json;
using Insignia.Core.Criteria;
using Insignia.Core.Evidence;
using Insignia.Host.Definitions;
using Insignia.Host.Evaluation;
using Insignia.Host.Issuer;
using Insignia.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Course;

/// <summary>The learner's page: each credential of the course, which criteria are met with which evidence, and what is missing.</summary>
internal sealed class LearnerProgressPage(InsigniaDbContext db, DefinitionStore definitions, CourseCredentials credentials, IssuerDirectory directory, TimeProvider time)
{
    public async Task<string> RenderAsync(UiRequest ui, CancellationToken cancellationToken)
    {
        var session = ui.Session;
        var learnerId = await credentials.LearnerIdAsync(session, cancellationToken);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(ui.T("Mi progreso", "My progress"))}: {E(session.ContextTitle ?? session.ContextId)}</h1>");
        var list = await definitions.LatestForCourseAsync(session.CourseKey, cancellationToken);
        if (list.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T("Este curso aún no ofrece credenciales.", "This course offers no credentials yet."))}</p>");
        }

        var now = time.GetUtcNow();
        var earned = learnerId is { } id ? await credentials.ForLearnerAsync(id, [.. list.Select(d => d.Id)], cancellationToken) : [];
        if (earned.Any(c => c.Status(now) == CredentialChecker.StatusValid))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><a class=\"button\" id=\"clr-download\" href=\"{E(ui.Url("/lti/progress/clr"))}\" download>{E(ui.T("Descargar mi registro de aprendizaje (CLR 2.0)", "Download my learner record (CLR 2.0)"))}</a></p>");
        }

        foreach (var definition in list)
        {
            var decision = learnerId is null ? null : await db.Decisions.AsNoTracking()
                .FirstOrDefaultAsync(d => d.DefinitionId == definition.Id && d.LearnerId == learnerId, cancellationToken);
            var outcome = decision?.Outcome;
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"credential\" data-definition=\"{E(definition.Id)}\"><h2>{E(definition.Name)}</h2>");
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T("Estado:", "Status:"))} <span class=\"{ResultText.CssClass(outcome)}\" data-outcome=\"{E(outcome?.ToString() ?? "Pending")}\">{E(ResultText.Outcome(ui.Language, outcome))}</span></p>");
            foreach (var credential in earned.Where(c => c.DefinitionId == definition.Id))
            {
                html.Append(EarnedCredentialsSection.Render(ui, credential, definition.Name, directory, now));
            }

            html.Append(CultureInfo.InvariantCulture, $"<p>{E(definition.CriteriaNarrative)}</p>");
            var explanation = decision is null ? null : JsonSerializer.Deserialize<RuleResult>(decision.ExplanationJson, DecisionJson.Options);
            if (explanation is null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T("Aún no hay evaluación para usted.", "You have not been evaluated yet."))}</p></section>");
                continue;
            }

            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(ui.T("Criterios", "Criteria"))}</h3><ul class=\"criteria\">");
            foreach (var leaf in Leaves(explanation))
            {
                html.Append(CultureInfo.InvariantCulture, $"<li class=\"{ResultText.CssClass(leaf.Outcome)}\" data-outcome=\"{leaf.Outcome}\"><span>{E(leaf.Outcome == DecisionOutcome.Met ? "✓ " : "✗ ")}{E(ResultText.Leaf(ui.Language, leaf))}</span>");
                html.Append(EvidenceList(ui, leaf)).Append("</li>");
            }

            html.Append("</ul>");
            var missing = ResultText.Missing(ui.Language, explanation);
            if (missing.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<h3>{E(ui.T("Qué le falta", "What is missing"))}</h3><ul class=\"missing\">");
                html.AppendJoin(string.Empty, missing.Select(m => $"<li>{E(m)}</li>")).Append("</ul>");
            }

            html.Append("</section>");
        }

        html.Append("<script src=\"/lti/progress/ui.js\" defer></script>");
        return html.ToString();
    }

    private static IEnumerable<RuleResult> Leaves(RuleResult node) =>
        node.Children.Count == 0 ? [node] : node.Children.SelectMany(Leaves);

    private static string EvidenceList(UiRequest ui, RuleResult leaf)
    {
        if (leaf.Evidence.Count == 0)
        {
            return string.Empty;
        }

        var items = leaf.Evidence.Select(e => $"<li>{E(ui.T("Evidencia", "Evidence"))}: {E(e.ActivityName ?? leaf.TargetName ?? e.Activity.ToString())}{E(Value(ui.Language, e))} · {E(UiFormat.Date(ui.Language, e.OccurredAt))}</li>");
        return $"<ul class=\"evidence\">{string.Concat(items)}</ul>";
    }

    private static string Value(string language, EvidenceRecord record) => record switch
    {
        { RawValue: { } raw, MaxValue: { } max } => $" ({UiFormat.Number(language, raw)} / {UiFormat.Number(language, max)})",
        { RawValue: { } raw } => $" ({UiFormat.Number(language, raw)})",
        { Completion: { } completion } => $" ({Completion(language, completion)})",
        _ => string.Empty,
    };

    private static string Completion(string language, CompletionState state) => state switch
    {
        CompletionState.Passed => UiLanguage.Pick(language, "aprobada", "passed"),
        CompletionState.Failed => UiLanguage.Pick(language, "no aprobada", "failed"),
        CompletionState.Complete => UiLanguage.Pick(language, "completada", "completed"),
        _ => UiLanguage.Pick(language, "incompleta", "incomplete"),
    };
}
