using Insignia.Core.Achievements;
using Insignia.Core.Courses;
using Insignia.Core.Criteria;
using Insignia.Core.Evidence;
using Insignia.Host.Definitions;
using Insignia.Host.Evaluation;
using Insignia.Host.Lti;

namespace Insignia.Host.Web.Course;

/// <summary>The definition form: show, live check, preview and publish.</summary>
internal static class DefinitionUiEndpoints
{
    public static void Map(RouteGroupBuilder lti)
    {
        lti.MapGet("/course/definition/{id?}", FormAsync).WithName("LtiDefinitionForm").WithSummary("Create or edit a credential definition.");
        lti.MapPost("/course/definition/check", CheckAsync).WithName("LtiDefinitionCheck").WithSummary("Validates the form (attendance guard included); returns the messages as an HTML fragment.");
        lti.MapPost("/course/definition", SubmitAsync).WithName("LtiDefinitionSubmit").WithSummary("Previews (nothing stored) or publishes the definition.");
    }

    private static async Task<IResult> FormAsync(HttpContext http, string? id, CourseUi course, CourseCatalog catalog, DefinitionStore store, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await course.OpenAsync(http, instructorOnly: true, isForm: false);
        if (ui is null)
        {
            return refusal!;
        }

        var existing = string.IsNullOrEmpty(id) ? null : await store.FindAsync(id, null, cancellationToken);
        if (existing is not null && existing.CourseKey != ui.Session.CourseKey)
        {
            return LtiHtml.Error(ui.Language, "not_editable_here", ui.T(
                "Esta credencial pertenece a otro curso: edítela desde ese curso, o con la CLI o la API de Insignia.",
                "This credential belongs to another course: edit it from that course, or with Insignia's CLI or API."), StatusCodes.Status409Conflict);
        }

        var model = existing is not null ? DefinitionFormModel.From(existing) : new DefinitionFormModel();
        var (choices, _) = await ChoicesAsync(ui, model.Id, catalog, store, cancellationToken);
        return CourseUi.Page(ui, ui.T("Credencial", "Credential"), DefinitionFormPage.Render(ui, model, choices, [], null));
    }

    private static async Task<IResult> CheckAsync(HttpContext http, CourseUi course, CourseCatalog catalog, DefinitionStore store, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await course.OpenAsync(http, instructorOnly: true, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        var (_, errors) = await ValidateAsync(ui, DefinitionFormModel.From(await http.Request.ReadFormAsync(cancellationToken)), catalog, store, cancellationToken);
        var body = errors.Count == 0 ? $"<p class=\"met\" data-valid=\"true\">{PageLayout.E(ui.T("La definición es válida.", "The definition is valid."))}</p>" : DefinitionFormPage.Errors(ui, errors);
        return TypedResults.Content(body, "text/html; charset=utf-8");
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext http, CourseUi course, CourseCatalog catalog, DefinitionStore store, CoursePreviewService preview, CourseEvaluationService evaluation, ILogger<CourseUi> logger, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await course.OpenAsync(http, instructorOnly: true, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var model = DefinitionFormModel.From(form);
        var action = form["action"].ToString();
        var (choices, known) = await ChoicesAsync(ui, model.Id, catalog, store, cancellationToken);
        if (RuleForm.IsStructural(action))
        {
            // Add/remove requirement or group: show the form again with the changed tree; nothing is validated or stored.
            return CourseUi.Page(ui, ui.T("Credencial", "Credential"), DefinitionFormPage.Render(ui, model with { Rule = RuleForm.Apply(model.Rule, action) }, choices, [], null));
        }

        var (definition, errors) = await ValidateAsync(ui, model, catalog, store, cancellationToken);
        if (definition is null || errors.Count > 0)
        {
            return CourseUi.Page(ui, ui.T("Credencial", "Credential"), DefinitionFormPage.Render(ui, model, choices, errors, null), StatusCodes.Status422UnprocessableEntity);
        }

        if (action != "publish")
        {
            var rows = await preview.PreviewAsync(Course(ui), definition, cancellationToken);
            return CourseUi.Page(ui, ui.T("Credencial", "Credential"), DefinitionFormPage.Render(ui, model, choices, [], PreviewSection.Render(ui, rows)));
        }

        var saved = await store.SaveAsync(definition, known, cancellationToken);
        if (!saved.IsSaved)
        {
            return CourseUi.Page(ui, ui.T("Credencial", "Credential"), DefinitionFormPage.Render(ui, model, choices, saved.Errors, null), StatusCodes.Status422UnprocessableEntity);
        }

        if (!saved.Unchanged)
        {
            Log.DefinitionPublished(logger, saved.Saved!.Id, saved.Saved.Version, ui.Session.CourseKey);
            await evaluation.EvaluateAsync(Course(ui), null, cancellationToken);
        }

        return TypedResults.Redirect(ui.Url($"/lti/course?done={(saved.Unchanged ? "unchanged" : "published")}"));
    }

    private static async Task<(CredentialDefinition? Definition, IReadOnlyList<CriteriaError> Errors)> ValidateAsync(
        UiRequest ui, DefinitionFormModel model, CourseCatalog catalog, DefinitionStore store, CancellationToken cancellationToken)
    {
        var (definition, errors) = model.ToDefinition(ui.Session.CourseKey, ui.Language);
        if (definition is null)
        {
            return (null, errors);
        }

        var (_, known) = await catalog.ActivitiesAsync(Course(ui), cancellationToken);
        return (definition, await store.ValidateAsync(definition, known, cancellationToken));
    }

    private static async Task<(RuleChoices Choices, IReadOnlySet<ActivityKey>? Known)> ChoicesAsync(
        UiRequest ui, string definitionId, CourseCatalog catalog, DefinitionStore store, CancellationToken cancellationToken)
    {
        var (activities, known) = await catalog.ActivitiesAsync(Course(ui), cancellationToken);
        var credentials = (await store.LatestOfAllAsync(cancellationToken))
            .Where(d => d.Id != definitionId)
            .Select(d => (d.Id, d.CourseKey == ui.Session.CourseKey ? d.Name : $"{d.Name} ({d.CourseKey})"))
            .ToList();
        return (new RuleChoices(activities, credentials), known);
    }

    private static CourseContext Course(UiRequest ui) => new(ui.Session.PlatformName, ui.Session.ContextId) { Title = ui.Session.ContextTitle };
}
