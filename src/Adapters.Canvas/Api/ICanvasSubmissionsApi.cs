using Insignia.Adapters.Canvas.Contracts;
using Refit;

namespace Insignia.Adapters.Canvas.Api;

/// <summary>Canvas Submissions API: every learner's submissions of a course in one paged list.</summary>
internal interface ICanvasSubmissionsApi
{
    /// <summary>First page of <c>students/submissions</c>, grouped by learner, with rubric assessments.</summary>
    [Get("/api/v1/courses/{courseId}/students/submissions?student_ids[]=all&grouped=1&include[]=rubric_assessment")]
    Task<IApiResponse<List<CanvasStudentSubmissions>>> ListStudentSubmissionsAsync(
        string courseId,
        [AliasAs("graded_since")] string? gradedSince,
        [AliasAs("per_page")] int perPage,
        CancellationToken cancellationToken);

    /// <summary>A following page, exactly as the previous page's <c>Link: rel="next"</c> named it.</summary>
    [Get("")]
    Task<IApiResponse<List<CanvasStudentSubmissions>>> ListStudentSubmissionsPageAsync([Url] Uri page, CancellationToken cancellationToken);
}
