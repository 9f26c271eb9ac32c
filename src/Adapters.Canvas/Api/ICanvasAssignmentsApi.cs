using Insignia.Adapters.Canvas.Contracts;
using Refit;

namespace Insignia.Adapters.Canvas.Api;

/// <summary>Canvas Assignments API.</summary>
internal interface ICanvasAssignmentsApi
{
    /// <summary>First page of a course's assignments (points, grading type, rubric, quiz links).</summary>
    [Get("/api/v1/courses/{courseId}/assignments")]
    Task<IApiResponse<List<CanvasAssignment>>> ListAssignmentsAsync(
        string courseId,
        [AliasAs("per_page")] int perPage,
        CancellationToken cancellationToken);

    /// <summary>A following page, exactly as <c>Link: rel="next"</c> named it.</summary>
    [Get("")]
    Task<IApiResponse<List<CanvasAssignment>>> ListAssignmentsPageAsync([Url] Uri page, CancellationToken cancellationToken);
}
