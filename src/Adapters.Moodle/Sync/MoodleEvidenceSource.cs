using System.Runtime.CompilerServices;
using Insignia.Adapters.Moodle.Sessions;
using Insignia.Core.Courses;
using Insignia.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>
/// Streams a Moodle course's evidence as pages. Per sync: site info (1 call), the course, its contents and the
/// whole gradebook (3), the roster (1 per page of users), assignments (2, with <c>since</c>), one best-grade call
/// per quiz, then the per-learner reads Moodle offers no bulk form for (see each step).
/// </summary>
internal sealed class MoodleEvidenceSource(
    MoodleSessionFactory sessions,
    MoodleCourseLoader loader,
    IOptions<MoodleAdapterOptions> options,
    TimeProvider time,
    ILogger<MoodleEvidenceSource> logger) : IEvidenceSource
{
    public async IAsyncEnumerable<EvidencePage> ReadSinceAsync(
        SourceConnection connection,
        CourseContext course,
        SyncCursor cursor,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(course);
        var settings = options.Value;
        var position = MoodleCursor.Parse(cursor);
        var runStart = position.Run ?? time.GetUtcNow().ToUnixTimeSeconds();
        var since = position.Since is { } previous ? previous - (long)settings.SinceOverlap.TotalSeconds : (long?)null;
        Log.SyncStarted(logger, connection.Name, course.CourseId, since is not null);

        var session = await sessions.OpenAsync(connection, cancellationToken).ConfigureAwait(false);
        var data = await loader.LoadAsync(session, course, cancellationToken).ConfigureAwait(false);
        var context = new MoodleSyncContext(session, data, since, settings, logger);
        var pager = new MoodlePager(settings.PageSize, position);
        var resumeAt = MoodleSyncSteps.IndexOf(position.Step);
        for (var index = resumeAt; index < MoodleSyncSteps.Ordered.Count; index++)
        {
            var step = MoodleSyncSteps.Ordered[index];
            if (!step.AppliesTo(context))
            {
                continue;
            }

            if (!session.Capabilities.Supports(step.Feature))
            {
                Log.FeatureDegraded(logger, step.Feature.Name, connection.Name, string.Join(", ", session.Capabilities.Missing(step.Feature)));
                continue;
            }

            var skip = position.Step == step.Name ? position.Done : 0;
            await foreach (var chunk in step.RunAsync(context, skip, cancellationToken).ConfigureAwait(false))
            {
                var reached = position with { Run = runStart, Step = step.Name, Done = chunk.Done };
                foreach (var page in pager.Add(chunk.Records, reached))
                {
                    yield return page;
                }
            }
        }

        Log.SyncFinished(logger, connection.Name, course.CourseId, pager.RecordCount, session.Client.RequestCount);
        yield return pager.Finish(MoodleCursor.Completed(runStart));
    }
}
