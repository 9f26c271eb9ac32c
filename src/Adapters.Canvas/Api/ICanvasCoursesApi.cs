using Insignia.Adapters.Canvas.Contracts;
using Refit;

namespace Insignia.Adapters.Canvas.Api;

/// <summary>Canvas Users, Courses, Enrollments, Modules and progress APIs.</summary>
internal interface ICanvasCoursesApi
{
    /// <summary>The user the token belongs to.</summary>
    [Get("/api/v1/users/self")]
    Task<IApiResponse<CanvasUser>> GetSelfAsync(CancellationToken cancellationToken);

    /// <summary>First page of the courses the token's user can see.</summary>
    [Get("/api/v1/courses")]
    Task<IApiResponse<List<CanvasCourse>>> ListCoursesAsync([AliasAs("per_page")] int perPage, CancellationToken cancellationToken);

    /// <summary>A following page, exactly as <c>Link: rel="next"</c> named it.</summary>
    [Get("")]
    Task<IApiResponse<List<CanvasCourse>>> ListCoursesPageAsync([Url] Uri page, CancellationToken cancellationToken);

    /// <summary>First page of a course's active and completed enrollments (all roles), with grades.</summary>
    [Get("/api/v1/courses/{courseId}/enrollments?state[]=active&state[]=completed")]
    Task<IApiResponse<List<CanvasEnrollment>>> ListEnrollmentsAsync(
        string courseId,
        [AliasAs("type[]")] string? type,
        [AliasAs("per_page")] int perPage,
        CancellationToken cancellationToken);

    /// <summary>A following page, exactly as <c>Link: rel="next"</c> named it.</summary>
    [Get("")]
    Task<IApiResponse<List<CanvasEnrollment>>> ListEnrollmentsPageAsync([Url] Uri page, CancellationToken cancellationToken);

    /// <summary>First page of a course's modules with items; with a student id, completion is that learner's.</summary>
    [Get("/api/v1/courses/{courseId}/modules?include[]=items")]
    Task<IApiResponse<List<CanvasModule>>> ListModulesAsync(
        string courseId,
        [AliasAs("student_id")] string? studentId,
        [AliasAs("per_page")] int perPage,
        CancellationToken cancellationToken);

    /// <summary>A following page, exactly as <c>Link: rel="next"</c> named it.</summary>
    [Get("")]
    Task<IApiResponse<List<CanvasModule>>> ListModulesPageAsync([Url] Uri page, CancellationToken cancellationToken);

    /// <summary>First page of every learner's course progress (module requirements met).</summary>
    [Get("/api/v1/courses/{courseId}/bulk_user_progress")]
    Task<IApiResponse<List<CanvasUserProgress>>> ListUserProgressAsync(
        string courseId,
        [AliasAs("per_page")] int perPage,
        CancellationToken cancellationToken);

    /// <summary>A following page, exactly as <c>Link: rel="next"</c> named it.</summary>
    [Get("")]
    Task<IApiResponse<List<CanvasUserProgress>>> ListUserProgressPageAsync([Url] Uri page, CancellationToken cancellationToken);
}
