using Insignia.Adapters.Canvas.Contracts;
using Refit;

namespace Insignia.Adapters.Canvas.Api;

/// <summary>Canvas classic Quiz Submissions API (New Quizzes have no per-attempt REST API).</summary>
internal interface ICanvasQuizzesApi
{
    /// <summary>First page of a classic quiz's submissions, with the backing assignment submissions.</summary>
    [Get("/api/v1/courses/{courseId}/quizzes/{quizId}/submissions?include[]=submission")]
    Task<IApiResponse<CanvasQuizSubmissionList>> ListQuizSubmissionsAsync(
        string courseId,
        long quizId,
        [AliasAs("per_page")] int perPage,
        CancellationToken cancellationToken);

    /// <summary>A following page, exactly as <c>Link: rel="next"</c> named it.</summary>
    [Get("")]
    Task<IApiResponse<CanvasQuizSubmissionList>> ListQuizSubmissionsPageAsync([Url] Uri page, CancellationToken cancellationToken);
}
