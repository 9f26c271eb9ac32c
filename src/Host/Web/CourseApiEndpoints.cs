using Insignia.Core.Achievements;
using Insignia.Core.Courses;
using Insignia.Host.Definitions;
using Insignia.Host.Evaluation;
using Insignia.Host.Sync;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Insignia.Host.Web;

/// <summary>The admin API for courses: definitions, evaluation and sync (the CLI verbs over HTTP).</summary>
internal static class CourseApiEndpoints
{
    public static IEndpointRouteBuilder MapCourseApiEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireInsigniaAdmin(app.ServiceProvider.GetRequiredService<IConfiguration>()).WithTags("Courses");
        api.MapPost("/definitions/check", CheckDefinitionAsync).WithName("CheckDefinition").WithSummary("Validate a definition, including the attendance guard, without saving it.");
        api.MapPost("/courses/{connection}/{courseId}/definitions", SaveDefinitionAsync).WithName("SaveDefinition").WithSummary("Validate and save a definition as a new version.");
        api.MapPost("/courses/{connection}/{courseId}/evaluate", EvaluateAsync).WithName("EvaluateCourse").WithSummary("Evaluate every learner of the course; returns decisions with explanations.");
        api.MapPost("/courses/{connection}/{courseId}/sync", SyncAsync).WithName("SyncCourse").WithSummary("Pull the course's evidence now and re-evaluate changed learners.");
        return app;
    }

    private static async Task<Results<Ok<DefinitionCheckResponse>, ProblemHttpResult>> CheckDefinitionAsync(HttpContext http, DefinitionStore store, CancellationToken cancellationToken)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync(cancellationToken);
        var parsed = CredentialDefinitionReader.Read(body);
        var errors = parsed.IsValid ? await store.ValidateAsync(parsed.Value!, null, cancellationToken) : parsed.Errors;
        return errors.Count == 0
            ? TypedResults.Ok(new DefinitionCheckResponse(true, parsed.Value!.Id))
            : Problems.Create(http, StatusCodes.Status422UnprocessableEntity, "invalid_definition", "The definition has problems; see 'errors' for each JSON path.", new Dictionary<string, object?> { ["errors"] = errors });
    }

    private static async Task<Results<Created<DefinitionCheckResponse>, Ok<DefinitionCheckResponse>, ProblemHttpResult>> SaveDefinitionAsync(
        HttpContext http, string connection, string courseId, DefinitionStore store, CancellationToken cancellationToken)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync(cancellationToken);
        var parsed = CredentialDefinitionReader.Read(body, $"{connection}/{courseId}");
        if (!parsed.IsValid)
        {
            return Problems.Create(http, StatusCodes.Status422UnprocessableEntity, "invalid_definition", "The definition has problems; see 'errors' for each JSON path.", new Dictionary<string, object?> { ["errors"] = parsed.Errors });
        }

        var saved = await store.SaveAsync(parsed.Value!, null, cancellationToken);
        if (!saved.IsSaved)
        {
            return Problems.Create(http, StatusCodes.Status422UnprocessableEntity, "invalid_definition", "The definition was refused; see 'errors'.", new Dictionary<string, object?> { ["errors"] = saved.Errors });
        }

        var response = new DefinitionCheckResponse(true, saved.Saved!.Id) { Version = saved.Saved.Version };
        return saved.Unchanged ? TypedResults.Ok(response) : TypedResults.Created($"/api/v1/definitions/{saved.Saved.Id}/{saved.Saved.Version}", response);
    }

    private static async Task<Ok<IReadOnlyList<LearnerDecision>>> EvaluateAsync(string connection, string courseId, CourseEvaluationService evaluation, CancellationToken cancellationToken) =>
        TypedResults.Ok(await evaluation.EvaluateAsync(new CourseContext(connection, courseId), null, cancellationToken));

    private static async Task<Results<Ok<SyncReport>, ProblemHttpResult>> SyncAsync(HttpContext http, string connection, string courseId, SyncService sync, CancellationToken cancellationToken)
    {
        try
        {
            var report = await sync.RunAsync(connection, courseId, null, cancellationToken);
            return report.Succeeded
                ? TypedResults.Ok(report)
                : Problems.Create(http, StatusCodes.Status502BadGateway, "sync_failed", report.ErrorMessage ?? "The platform failed.", new Dictionary<string, object?> { ["report"] = report });
        }
        catch (SyncException ex)
        {
            return Problems.Create(http, StatusCodes.Status404NotFound, "not_found", ex.Message);
        }
    }
}
