using System.Globalization;
using Insignia.Adapters.Canvas.Contracts;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Canvas.Mapping;

/// <summary>Maps classic-quiz submissions to the kept score of each learner.</summary>
internal static class CanvasQuizMapper
{
    public static IEnumerable<EvidenceRecord> Map(string source, CanvasQuizSubmissionList page, string? quizName)
    {
        ArgumentNullException.ThrowIfNull(page);
        var unposted = (page.Submissions ?? [])
            .Where(s => CanvasGradeRules.Classify(s) is CanvasGradeState.Unposted or CanvasGradeState.Excused)
            .Select(s => s.Id)
            .ToHashSet();

        foreach (var attempt in page.QuizSubmissions.OrderBy(q => q.UserId).DistinctBy(q => (q.UserId, q.QuizId)))
        {
            // "complete" only: pending_review still needs a grader, untaken/settings_only hold no answers.
            if (attempt.WorkflowState != "complete"
                || attempt.FinishedAt is not { } finishedAt
                || (attempt.KeptScore ?? attempt.Score) is not { } kept
                || (attempt.SubmissionId is { } submissionId && unposted.Contains(submissionId)))
            {
                continue;
            }

            yield return new EvidenceRecord
            {
                Source = source,
                LearnerId = CanvasActivityKeys.Id(attempt.UserId),
                Activity = CanvasActivityKeys.Quiz(attempt.QuizId),
                Kind = EvidenceKind.Score,
                ActivityName = quizName,
                RawValue = kept, // the score Canvas keeps under the quiz's policy (highest, latest or average)
                MaxValue = attempt.QuizPointsPossible,
                OccurredAt = finishedAt.ToUniversalTime(),
                Detail = attempt.Attempt is { } number ? $"attempts:{number.ToString(CultureInfo.InvariantCulture)}" : null,
            };
        }
    }
}
