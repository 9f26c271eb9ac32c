using System.Runtime.CompilerServices;
using Insignia.Adapters.Canvas.Http;
using Insignia.Adapters.Canvas.Mapping;
using Insignia.Core.Evidence;
using Refit;

namespace Insignia.Adapters.Canvas.Sync;

/// <content>
/// The phases that read one paged list each: outcome results per alignment, outcome rollups per learner, final scores
/// from enrollments, and course progress.
/// </content>
internal sealed partial class CanvasEvidenceSource
{
    private static IAsyncEnumerable<CanvasSyncStep> ReadOutcomeResultsAsync(CanvasSyncContext context, CanvasSyncRun run, CancellationToken cancellationToken) =>
        ReadListPhaseAsync(
            context, run, CanvasSyncPhase.OutcomeResults, $"read the outcome results of course {context.CourseId}",
            ct => context.Client.Outcomes.ListOutcomeResultsAsync(context.CourseId, context.PageSize, ct),
            context.Client.Outcomes.ListOutcomeResultsPageAsync,
            page => CanvasOutcomeMapper.MapResults(context.Source, page),
            cancellationToken);

    private static IAsyncEnumerable<CanvasSyncStep> ReadOutcomeRollupsAsync(CanvasSyncContext context, CanvasSyncRun run, CancellationToken cancellationToken) =>
        ReadListPhaseAsync(
            context, run, CanvasSyncPhase.OutcomeRollups, $"read the outcome rollups of course {context.CourseId}",
            ct => context.Client.Outcomes.ListOutcomeRollupsAsync(context.CourseId, context.PageSize, ct),
            context.Client.Outcomes.ListOutcomeRollupsPageAsync,
            page => CanvasOutcomeMapper.MapRollups(context.Source, page),
            cancellationToken);

    private static IAsyncEnumerable<CanvasSyncStep> ReadCourseGradesAsync(CanvasSyncContext context, CanvasSyncRun run, CancellationToken cancellationToken) =>
        ReadListPhaseAsync(
            context, run, CanvasSyncPhase.CourseGrades, $"read the student enrollments of course {context.CourseId}",
            ct => context.Client.Courses.ListEnrollmentsAsync(context.CourseId, "StudentEnrollment", context.PageSize, ct),
            context.Client.Courses.ListEnrollmentsPageAsync,
            page => CanvasCourseMapper.MapFinalScores(context.Source, context.CourseId, page),
            cancellationToken);

    private static IAsyncEnumerable<CanvasSyncStep> ReadProgressAsync(CanvasSyncContext context, CanvasSyncRun run, CancellationToken cancellationToken) =>
        ReadListPhaseAsync(
            context, run, CanvasSyncPhase.Progress, $"read the course progress of course {context.CourseId}",
            ct => context.Client.Courses.ListUserProgressAsync(context.CourseId, context.PageSize, ct),
            context.Client.Courses.ListUserProgressPageAsync,
            page => CanvasCourseMapper.MapProgress(context.Source, context.CourseId, page),
            cancellationToken);

    /// <summary>Streams one list (resuming at the run's next-page URL when the run stopped in this phase) and maps each page.</summary>
    private static async IAsyncEnumerable<CanvasSyncStep> ReadListPhaseAsync<T>(
        CanvasSyncContext context,
        CanvasSyncRun run,
        CanvasSyncPhase phase,
        string what,
        Func<CancellationToken, Task<IApiResponse<T>>> first,
        Func<Uri, CancellationToken, Task<IApiResponse<T>>> following,
        Func<T, IEnumerable<EvidenceRecord>> map,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in CanvasPaging.StreamAsync(
            context.Client, what, run.Phase == phase ? run.Next : null, first, following, cancellationToken).ConfigureAwait(false))
        {
            run = After(run, phase, page.Next);
            yield return new CanvasSyncStep([.. map(page.Content)], run, []);
        }
    }
}
