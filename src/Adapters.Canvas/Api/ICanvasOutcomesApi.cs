using Insignia.Adapters.Canvas.Contracts;
using Refit;

namespace Insignia.Adapters.Canvas.Api;

/// <summary>Canvas Outcome Results, Rollups and Outcome Groups APIs.</summary>
internal interface ICanvasOutcomesApi
{
    /// <summary>First page of a course's outcome results (one per learner, outcome and alignment).</summary>
    [Get("/api/v1/courses/{courseId}/outcome_results")]
    Task<IApiResponse<CanvasOutcomeResultList>> ListOutcomeResultsAsync(
        string courseId,
        [AliasAs("per_page")] int perPage,
        CancellationToken cancellationToken);

    /// <summary>A following page, exactly as <c>Link: rel="next"</c> named it.</summary>
    [Get("")]
    Task<IApiResponse<CanvasOutcomeResultList>> ListOutcomeResultsPageAsync([Url] Uri page, CancellationToken cancellationToken);

    /// <summary>First page of a course's outcome rollups, with the outcomes' mastery points.</summary>
    [Get("/api/v1/courses/{courseId}/outcome_rollups?include[]=outcomes")]
    Task<IApiResponse<CanvasOutcomeRollupList>> ListOutcomeRollupsAsync(
        string courseId,
        [AliasAs("per_page")] int perPage,
        CancellationToken cancellationToken);

    /// <summary>A following page, exactly as <c>Link: rel="next"</c> named it.</summary>
    [Get("")]
    Task<IApiResponse<CanvasOutcomeRollupList>> ListOutcomeRollupsPageAsync([Url] Uri page, CancellationToken cancellationToken);

    /// <summary>First page of the outcomes linked into a course, with their full definitions.</summary>
    [Get("/api/v1/courses/{courseId}/outcome_group_links?outcome_style=full")]
    Task<IApiResponse<List<CanvasOutcomeLink>>> ListOutcomeLinksAsync(
        string courseId,
        [AliasAs("per_page")] int perPage,
        CancellationToken cancellationToken);

    /// <summary>A following page, exactly as <c>Link: rel="next"</c> named it.</summary>
    [Get("")]
    Task<IApiResponse<List<CanvasOutcomeLink>>> ListOutcomeLinksPageAsync([Url] Uri page, CancellationToken cancellationToken);
}
