using Insignia.Adapters.Moodle.Contracts;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Mapping;

/// <summary>Maps quiz pass/fail (best grade against the grade to pass) and finished, non-preview attempts.</summary>
internal static class QuizMapper
{
    /// <summary>
    /// A <see cref="CompletionState.Passed"/>/<see cref="CompletionState.Failed"/> record from the learner's quiz grade
    /// (Moodle's best grade under the quiz's grading method, as the gradebook holds it) and the grade to pass.
    /// </summary>
    public static EvidenceRecord PassFail(string source, long userId, GradebookEntry entry, double gradeToPass, string? name)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var grade = entry.Item.Graderaw ?? 0;
        return new EvidenceRecord
        {
            Source = source,
            LearnerId = MoodleIds.Learner(userId),
            Activity = entry.Key,
            Attempt = MoodleAttempts.BestGrade,
            Kind = EvidenceKind.Completion,
            Completion = grade >= gradeToPass ? CompletionState.Passed : CompletionState.Failed,
            ActivityName = name,
            RawValue = grade,
            MaxValue = entry.Item.Grademax,
            OccurredAt = MoodleTime.FirstSet(entry.Item.Gradedategraded, entry.Item.Gradedatesubmitted),
            Assessor = "auto",
            Detail = MoodleDetails.GradeToPass(gradeToPass),
        };
    }

    /// <summary>
    /// Maps finished attempts. <c>sumgrades</c> is in raw marks; when the quiz's <c>sumgrades</c> and <c>grade</c> are
    /// known the attempt is rescaled to the quiz grade (as Moodle's gradebook does), otherwise it stays in marks.
    /// </summary>
    public static IEnumerable<EvidenceRecord> Attempts(string source, QuizAttemptsResponse response, MoodleQuiz? quiz, string? name)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (var attempt in response.Attempts)
        {
            if (attempt.State != "finished" || attempt.Preview != 0 || attempt.Sumgrades is not { } marks)
            {
                continue;
            }

            var scaled = quiz is { Sumgrades: > 0, Grade: not null };
            yield return new EvidenceRecord
            {
                Source = source,
                LearnerId = MoodleIds.Learner(attempt.Userid),
                Activity = MoodleActivityKeys.Module("quiz", attempt.Quiz),
                Attempt = MoodleAttempts.Attempt(attempt.Attempt),
                Kind = EvidenceKind.Score,
                ActivityName = name,
                RawValue = scaled ? marks * quiz!.Grade!.Value / quiz.Sumgrades!.Value : marks,
                MaxValue = scaled ? quiz!.Grade : quiz?.Sumgrades,
                OccurredAt = MoodleTime.FirstSet(attempt.Timefinish, attempt.Timestart),
                Assessor = "auto",
                Detail = MoodleDetails.QuizAttempt,
            };
        }
    }
}
