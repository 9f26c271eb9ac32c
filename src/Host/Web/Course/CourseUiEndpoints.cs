using Insignia.Core.Courses;
using Insignia.Host.Evaluation;
using Insignia.Host.Persistence;
using Insignia.Host.Sync;

namespace Insignia.Host.Web.Course;

/// <summary>The pages a launch lands on: the instructor's course page (with evaluation and sync) and the learner's progress.</summary>
internal static class CourseUiEndpoints
{
    public static IEndpointRouteBuilder MapCourseUiEndpoints(this IEndpointRouteBuilder app)
    {
        // Forms validate antiforgery themselves (CourseUi.OpenAsync), so the partitioned iframe cookie is checked on every post.
        var lti = app.MapGroup("/lti").DisableAntiforgery().WithTags("Course pages");
        lti.MapGet("/course", CourseAsync).WithName("LtiCourse").WithSummary("The course's credentials with decision counts, for instructors.");
        lti.MapPost("/course/evaluate", EvaluateAsync).WithName("LtiCourseEvaluate").WithSummary("Re-evaluates every learner of the course.");
        lti.MapPost("/course/sync", StartSyncAsync).WithName("LtiCourseSync").WithSummary("Starts a sync of the course in the background.");
        lti.MapGet("/course/sync/status", SyncStatusAsync).WithName("LtiCourseSyncStatus").WithSummary("The running or last sync, as an HTML fragment.");
        lti.MapGet("/course/ui.js", () => TypedResults.Text(CourseScript.Source, "text/javascript; charset=utf-8")).WithName("LtiCourseScript").WithSummary("The pages' small progressive-enhancement script.");
        lti.MapGet("/progress", ProgressAsync).WithName("LtiProgress").WithSummary("The learner's progress towards the course's credentials.");
        DefinitionUiEndpoints.Map(lti);
        CredentialUiEndpoints.Map(lti);
        return app;
    }

    private static async Task<IResult> CourseAsync(HttpContext http, CourseUi course, InstructorCoursePage page, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await course.OpenAsync(http, instructorOnly: true, isForm: false);
        if (ui is null)
        {
            return refusal!;
        }

        var notice = http.Request.Query["done"].ToString() switch
        {
            "published" => ui.T("La credencial se publicó y el curso se reevaluó.", "The credential was published and the course re-evaluated."),
            "unchanged" => ui.T("No hubo cambios: la versión publicada sigue vigente.", "Nothing changed: the published version stays."),
            "evaluated" => ui.T("El curso se reevaluó.", "The course was re-evaluated."),
            "issued" => IssuedNotice(ui, http.Request.Query),
            "revoked" => ui.T("La credencial se revocó. Su página pública y la verificación ya la muestran revocada.", "The credential was revoked. Its public page and verification now show it as revoked."),
            _ => null,
        };
        return CourseUi.Page(ui, ui.Session.ContextTitle ?? ui.Session.ContextId, await page.RenderAsync(ui, notice, cancellationToken));
    }

    private static string IssuedNotice(UiRequest ui, IQueryCollection query)
    {
        int Read(string name) => int.TryParse(query[name], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
        var (issued, refused, failed) = (UiFormat.Count(ui.Language, Read("issued")), UiFormat.Count(ui.Language, Read("refused")), UiFormat.Count(ui.Language, Read("failed")));
        return ui.T($"Emisión inmediata: {issued} emitidas, {refused} rechazadas, {failed} con error.", $"Issued now: {issued} issued, {refused} refused, {failed} failed.");
    }

    private static async Task<IResult> EvaluateAsync(HttpContext http, CourseUi course, CourseEvaluationService evaluation, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await course.OpenAsync(http, instructorOnly: true, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        await evaluation.EvaluateAsync(new CourseContext(ui.Session.PlatformName, ui.Session.ContextId), null, cancellationToken);
        return TypedResults.Redirect(ui.Url("/lti/course?done=evaluated"));
    }

    private static async Task<IResult> StartSyncAsync(HttpContext http, CourseUi course, SyncRunner sync)
    {
        var (ui, refusal) = await course.OpenAsync(http, instructorOnly: true, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        var state = sync.Start(ui.Session.PlatformName, ui.Session.ContextId);
        return http.Request.Headers["X-Insignia-Fetch"] == "1"
            ? TypedResults.Content(SyncStatusText.Render(ui.Language, state), "text/html; charset=utf-8")
            : TypedResults.Redirect(ui.Url("/lti/course"));
    }

    private static async Task<IResult> SyncStatusAsync(HttpContext http, CourseUi course, SyncRunner sync, InsigniaDbContext db, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await course.OpenAsync(http, instructorOnly: true, isForm: false);
        if (ui is null)
        {
            return refusal!;
        }

        var state = await sync.StatusAsync(db, ui.Session.PlatformName, ui.Session.ContextId, cancellationToken);
        return TypedResults.Content(SyncStatusText.Render(ui.Language, state), "text/html; charset=utf-8");
    }

    private static async Task<IResult> ProgressAsync(HttpContext http, CourseUi course, LearnerProgressPage page, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await course.OpenAsync(http, instructorOnly: false, isForm: false);
        return ui is null ? refusal! : CourseUi.Page(ui, ui.T("Mi progreso", "My progress"), await page.RenderAsync(ui, cancellationToken));
    }
}
