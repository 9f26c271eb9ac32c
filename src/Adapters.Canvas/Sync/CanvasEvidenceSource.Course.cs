using System.Runtime.CompilerServices;
using Insignia.Adapters.Canvas.Http;
using Insignia.Adapters.Canvas.Mapping;

namespace Insignia.Adapters.Canvas.Sync;

/// <content>The course-level phases: final scores from enrollments, then course progress.</content>
internal sealed partial class CanvasEvidenceSource
{
    private static async IAsyncEnumerable<CanvasSyncStep> ReadCourseGradesAsync(
        CanvasSyncContext context,
        CanvasSyncRun run,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = context.Client;
        await foreach (var page in CanvasPaging.StreamAsync(
            client,
            $"read the student enrollments of course {context.CourseId}",
            run.Phase == CanvasSyncPhase.CourseGrades ? run.Next : null,
            ct => client.Courses.ListEnrollmentsAsync(context.CourseId, "StudentEnrollment", context.PageSize, ct),
            client.Courses.ListEnrollmentsPageAsync,
            cancellationToken).ConfigureAwait(false))
        {
            run = After(run, CanvasSyncPhase.CourseGrades, page.Next);
            yield return new CanvasSyncStep([.. CanvasCourseMapper.MapFinalScores(context.Source, context.CourseId, page.Content)], run, []);
        }
    }

    private static async IAsyncEnumerable<CanvasSyncStep> ReadProgressAsync(
        CanvasSyncContext context,
        CanvasSyncRun run,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = context.Client;
        await foreach (var page in CanvasPaging.StreamAsync(
            client,
            $"read the course progress of course {context.CourseId}",
            run.Phase == CanvasSyncPhase.Progress ? run.Next : null,
            ct => client.Courses.ListUserProgressAsync(context.CourseId, context.PageSize, ct),
            client.Courses.ListUserProgressPageAsync,
            cancellationToken).ConfigureAwait(false))
        {
            run = After(run, CanvasSyncPhase.Progress, page.Next);
            yield return new CanvasSyncStep([.. CanvasCourseMapper.MapProgress(context.Source, context.CourseId, page.Content)], run, []);
        }
    }
}
