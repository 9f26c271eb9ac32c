using Insignia.Adapters.Canvas.Contracts;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Canvas.Mapping;

/// <summary>Maps course-level results: the final course score from enrollments, and course progress.</summary>
internal static class CanvasCourseMapper
{
    /// <summary>Maps student enrollments to the course's final score (percent).</summary>
    /// <remarks>
    /// <c>final_score</c> counts work that is due but ungraded or missing as zero, so it is what the learner has
    /// earned of the whole course; <c>current_score</c> leaves that work out and overstates achievement while the
    /// course runs. Both exclude unposted grades, unlike the <c>unposted_*</c> scores, which are never used.
    /// </remarks>
    public static IEnumerable<EvidenceRecord> MapFinalScores(string source, string courseId, IEnumerable<CanvasEnrollment> enrollments)
    {
        ArgumentNullException.ThrowIfNull(enrollments);
        // A learner in two sections has two enrollments with the same course grade; one record per learner.
        foreach (var enrollment in enrollments.Where(e => e.Type == "StudentEnrollment").DistinctBy(e => e.UserId))
        {
            if (enrollment.Grades?.FinalScore is not { } finalScore || enrollment.UpdatedAt is not { } at)
            {
                continue;
            }

            yield return new EvidenceRecord
            {
                Source = source,
                LearnerId = CanvasActivityKeys.Id(enrollment.UserId),
                Activity = CanvasActivityKeys.CourseGrade(courseId),
                Kind = EvidenceKind.Score,
                ActivityName = "Course final score",
                RawValue = finalScore,
                MaxValue = 100,
                OccurredAt = at.ToUniversalTime(),
                Detail = enrollment.Grades.FinalGrade is { Length: > 0 } grade ? $"final_grade:{grade}" : null,
            };
        }
    }

    /// <summary>Maps course progress: complete when every module requirement is met (Canvas's only course completion).</summary>
    /// <remarks>
    /// Requirements may be views or "mark as done", so this is a non-assessed <see cref="CompletionState.Complete"/>.
    /// Unfinished progress has no timestamp of its own and is not recorded.
    /// </remarks>
    public static IEnumerable<EvidenceRecord> MapProgress(string source, string courseId, IEnumerable<CanvasUserProgress> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        foreach (var entry in progress)
        {
            if (entry.Progress is not { CompletedAt: { } completedAt } state)
            {
                continue;
            }

            yield return new EvidenceRecord
            {
                Source = source,
                LearnerId = CanvasActivityKeys.Id(entry.Id),
                Activity = CanvasActivityKeys.Course(courseId),
                Kind = EvidenceKind.Completion,
                Completion = CompletionState.Complete,
                ActivityName = "Course modules",
                RawValue = state.RequirementCompletedCount,
                MaxValue = state.RequirementCount,
                OccurredAt = completedAt.ToUniversalTime(),
                Detail = "module_requirements",
            };
        }
    }
}
