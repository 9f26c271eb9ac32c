using Insignia.Host.Web.Course;
using Insignia.Host.Web.Registrar;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Insights;

/// <summary>The insights pages: the institution's at <c>/registrar/insights</c> (registrar policy) and a course's at <c>/lti/course/insights</c> (instructor session).</summary>
internal static class InsightsEndpoints
{
    public static IEndpointRouteBuilder MapInsightsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/registrar/insights").RequireInsigniaRegistrar(app.ServiceProvider.GetRequiredService<IConfiguration>()).WithTags("Insights")
            .MapGet(string.Empty, InstitutionAsync).WithName("RegistrarInsights").WithSummary("Charts for every credential of the institution.");
        app.MapGet("/lti/course/insights", CourseAsync).WithTags("Insights").WithName("LtiCourseInsights").WithSummary("Charts for the course's credentials, for instructors.");
        return app;
    }

    private static async Task<IResult> InstitutionAsync(HttpContext http, RegistrarUi registrar, InsightsQueries queries, CancellationToken cancellationToken)
    {
        var (ui, _) = await registrar.OpenAsync(http, isForm: false);
        var heading = ui!.T("Indicadores de la institución", "Institution insights");
        return RegistrarUi.Page(ui, heading, InsightsPage.Render(ui.Language, heading, ui.Nav("/registrar/insights"), await queries.LoadAsync(null, cancellationToken)));
    }

    private static async Task<IResult> CourseAsync(HttpContext http, CourseUi course, InsightsQueries queries, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await course.OpenAsync(http, instructorOnly: true, isForm: false);
        if (ui is null)
        {
            return refusal!;
        }

        var heading = ui.T($"Indicadores: {ui.Session.ContextTitle ?? ui.Session.ContextId}", $"Insights: {ui.Session.ContextTitle ?? ui.Session.ContextId}");
        var back = $"<p><a href=\"{E(ui.Url("/lti/course"))}\">{E(ui.T("Volver al curso", "Back to the course"))}</a></p>";
        return CourseUi.Page(ui, heading, InsightsPage.Render(ui.Language, heading, back, await queries.LoadAsync(ui.Session.CourseKey, cancellationToken)));
    }
}
