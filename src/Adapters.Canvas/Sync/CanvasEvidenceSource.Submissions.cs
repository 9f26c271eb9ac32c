using System.Globalization;
using System.Runtime.CompilerServices;
using Insignia.Adapters.Canvas.Contracts;
using Insignia.Adapters.Canvas.Http;
using Insignia.Adapters.Canvas.Mapping;
using Insignia.Core.Evidence;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Canvas.Sync;

/// <content>The submissions phase: one bulk page of learners, then their module requirements.</content>
internal sealed partial class CanvasEvidenceSource
{
    private async IAsyncEnumerable<CanvasSyncStep> ReadSubmissionsAsync(
        CanvasSyncContext context,
        CanvasSyncRun run,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = context.Client;
        var gradedSince = run.GradedSince?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var resumeAt = run.Phase == CanvasSyncPhase.Submissions ? run.Next : null;
        await foreach (var page in CanvasPaging.StreamAsync(
            client,
            $"read the submissions of course {context.CourseId}",
            resumeAt,
            ct => client.Submissions.ListStudentSubmissionsAsync(context.CourseId, gradedSince, context.PageSize, ct),
            client.Submissions.ListStudentSubmissionsPageAsync,
            cancellationToken).ConfigureAwait(false))
        {
            // Canvas pages learners, not submissions: with graded_since every learner is still listed, those without a
            // changed grade with no submissions. Only learners with submissions changed, so only they are read further.
            List<CanvasStudentSubmissions> changed = [.. page.Content.Where(learner => learner.Submissions.Count > 0)];
            List<EvidenceRecord> records = [.. changed.SelectMany(learner => CanvasSubmissionMapper.Map(context.Source, learner, context.Assignments))];
            if (_options.SyncModuleRequirements && changed.Count > 0)
            {
                records.AddRange(await ReadModuleRequirementsAsync(context, changed, cancellationToken).ConfigureAwait(false));
            }

            run = After(run, CanvasSyncPhase.Submissions, page.Next) with { OldestUnposted = OldestUnposted(run.OldestUnposted, changed) };
            yield return new CanvasSyncStep(records, run, [.. changed.Select(l => CanvasActivityKeys.Id(l.UserId))]);
        }
    }

    /// <summary>
    /// Reads each learner's modules (Canvas reports requirement completion only per student), a few learners at a
    /// time; the rate-limit gate narrows this further when the token's quota runs low.
    /// </summary>
    private async Task<IEnumerable<EvidenceRecord>> ReadModuleRequirementsAsync(
        CanvasSyncContext context,
        List<CanvasStudentSubmissions> learners,
        CancellationToken cancellationToken)
    {
        var perLearner = new List<EvidenceRecord>[learners.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, learners.Count), parallel, async (index, ct) =>
        {
            perLearner[index] = await ReadLearnerModulesAsync(context, learners[index], ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return perLearner.SelectMany(records => records);
    }

    private static async Task<List<EvidenceRecord>> ReadLearnerModulesAsync(CanvasSyncContext context, CanvasStudentSubmissions learner, CancellationToken cancellationToken)
    {
        var client = context.Client;
        var studentId = CanvasActivityKeys.Id(learner.UserId);
        List<EvidenceRecord> records = [];
        try
        {
            await foreach (var page in CanvasPaging.StreamAsync(
                client,
                $"read the module progress of a learner in course {context.CourseId}",
                null,
                ct => client.Courses.ListModulesAsync(context.CourseId, studentId, context.PageSize, ct),
                client.Courses.ListModulesPageAsync,
                cancellationToken).ConfigureAwait(false))
            {
                records.AddRange(CanvasModuleMapper.Map(context.Source, learner.UserId, page.Content, learner.Submissions, context.Assignments));
            }
        }
        catch (EvidenceSourceException gone) when (gone.Code == CanvasErrors.NotFound)
        {
            return []; // the learner left the course between the two calls
        }

        return records;
    }

    private static DateTimeOffset? OldestUnposted(DateTimeOffset? current, IEnumerable<CanvasStudentSubmissions> learners)
    {
        foreach (var submission in learners.SelectMany(l => l.Submissions))
        {
            if (CanvasGradeRules.Classify(submission) == CanvasGradeState.Unposted
                && submission.GradedAt is { } gradedAt
                && (current is null || gradedAt < current))
            {
                current = gradedAt;
            }
        }

        return current;
    }
}
