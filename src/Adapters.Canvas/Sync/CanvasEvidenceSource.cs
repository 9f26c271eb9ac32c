using System.Runtime.CompilerServices;
using Insignia.Adapters.Canvas.Configuration;
using Insignia.Adapters.Canvas.Http;
using Insignia.Adapters.Canvas.Mapping;
using Insignia.Core.Courses;
using Insignia.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Insignia.Adapters.Canvas.Sync;

/// <summary>
/// Streams a Canvas course's evidence, one Canvas page per <see cref="EvidencePage"/>, phase by phase (see
/// <see cref="CanvasSyncPhase"/>). Each page carries a cursor that resumes right after it; the last, empty page
/// carries the next run's <c>graded_since</c> watermark.
/// </summary>
internal sealed partial class CanvasEvidenceSource(
    CanvasClientFactory clients,
    IOptions<CanvasAdapterOptions> options,
    TimeProvider time,
    ILogger<CanvasEvidenceSource> logger) : IEvidenceSource
{
    private readonly CanvasAdapterOptions _options = options.Value;

    public async IAsyncEnumerable<EvidencePage> ReadSinceAsync(
        SourceConnection connection,
        CourseContext course,
        SyncCursor cursor,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(course);
        var state = CanvasSyncCursor.Parse(cursor, connection.Name);
        var run = state.Run ?? new CanvasSyncRun { StartedAt = time.GetUtcNow(), GradedSince = state.Watermark };
        using var client = clients.Create(connection);
        Log.SyncStarted(logger, connection.Name, course.CourseId, run.GradedSince is not null);

        var assignments = await ReadAssignmentsAsync(client, course.CourseId, cancellationToken).ConfigureAwait(false);
        var context = new CanvasSyncContext(client, course, assignments, _options.PageSize);
        long records = 0;
        await foreach (var step in ReadPhasesAsync(context, run, cancellationToken).ConfigureAwait(false))
        {
            records += step.Records.Count;
            run = step.Run;
            var resume = new CanvasSyncCursor { Watermark = state.Watermark, Run = run };
            yield return new EvidencePage(step.Records, resume.ToSyncCursor()) { LearnerIds = step.Learners };
        }

        Log.SyncFinished(logger, connection.Name, course.CourseId, records);
        yield return new EvidencePage([], new CanvasSyncCursor { Watermark = NextWatermark(run) }.ToSyncCursor());
    }

    private async IAsyncEnumerable<CanvasSyncStep> ReadPhasesAsync(
        CanvasSyncContext context,
        CanvasSyncRun run,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var phase in Enum.GetValues<CanvasSyncPhase>())
        {
            if (run.Phase > phase)
            {
                continue;
            }

            var steps = phase switch
            {
                CanvasSyncPhase.Submissions => ReadSubmissionsAsync(context, run, cancellationToken),
                CanvasSyncPhase.Quizzes => ReadQuizzesAsync(context, run, cancellationToken),
                CanvasSyncPhase.OutcomeResults => Optional(context, run, phase, ReadOutcomeResultsAsync(context, run, cancellationToken), cancellationToken),
                CanvasSyncPhase.OutcomeRollups => Optional(context, run, phase, ReadOutcomeRollupsAsync(context, run, cancellationToken), cancellationToken),
                CanvasSyncPhase.CourseGrades => Optional(context, run, phase, ReadCourseGradesAsync(context, run, cancellationToken), cancellationToken),
                CanvasSyncPhase.Progress when _options.SyncCourseProgress => Optional(context, run, phase, ReadProgressAsync(context, run, cancellationToken), cancellationToken),
                _ => Skip(run, phase),
            };

            await foreach (var step in steps.ConfigureAwait(false))
            {
                run = step.Run;
                yield return step;
            }
        }
    }

    private static CanvasSyncRun After(CanvasSyncRun run, CanvasSyncPhase phase, Uri? next) => next is null
        ? run with { Phase = phase + 1, Next = null, QuizId = null }
        : run with { Phase = phase, Next = next };

    private DateTimeOffset NextWatermark(CanvasSyncRun run)
    {
        var watermark = run.StartedAt - _options.GradedSinceOverlap;
        return run.OldestUnposted is { } unposted && unposted < watermark ? unposted : watermark;
    }

    private static async IAsyncEnumerable<CanvasSyncStep> Skip(CanvasSyncRun run, CanvasSyncPhase phase)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return new CanvasSyncStep([], After(run, phase, null), []);
    }

    private async Task<CanvasAssignmentIndex> ReadAssignmentsAsync(CanvasClient client, string courseId, CancellationToken cancellationToken)
    {
        List<Contracts.CanvasAssignment> all = [];
        await foreach (var page in CanvasPaging.StreamAsync(
            client,
            $"list the assignments of course {courseId}",
            null,
            ct => client.Assignments.ListAssignmentsAsync(courseId, _options.PageSize, ct),
            client.Assignments.ListAssignmentsPageAsync,
            cancellationToken).ConfigureAwait(false))
        {
            all.AddRange(page.Content);
        }

        return new CanvasAssignmentIndex(all);
    }
}
