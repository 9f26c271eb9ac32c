using Insignia.Adapters.Moodle.Contracts;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Mapping;

/// <summary>
/// Maps activity and course completion. Which rule produced a state decides what it is worth:
/// <c>completionpassgrade</c>/<c>completionusegrade</c> make it assessment (<see cref="EvidenceKind.Completion"/>,
/// Passed/Failed from state 2/3), while <c>completionview</c> alone and manual completion are
/// <see cref="EvidenceKind.Participation"/> and never assessment.
/// </summary>
internal static class CompletionMapper
{
    public static EvidenceRecord? MapActivity(string source, long userId, ActivityCompletionStatus status, string? name)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (status.Tracking == 0 || status.Modname is not { Length: > 0 } modname)
        {
            return null;
        }

        var rules = status.Details.Select(d => d.Rulename).OfType<string>().ToList();
        var graded = rules.Contains(MoodleDetails.CompletionPassGrade) || rules.Contains(MoodleDetails.CompletionUseGrade);
        var participationOnly = status.Tracking == 1 || !graded && rules.All(r => r == MoodleDetails.CompletionView);
        var record = new EvidenceRecord
        {
            Source = source,
            LearnerId = MoodleIds.Learner(userId),
            Activity = MoodleActivityKeys.Module(modname, status.Instance),
            Attempt = MoodleAttempts.Completion,
            Kind = participationOnly ? EvidenceKind.Participation : EvidenceKind.Completion,
            ActivityName = name,
            OccurredAt = MoodleTime.FromUnix(status.Timecompleted),
            Assessor = status.Overrideby is { } by ? MoodleIds.Of(by) : status.Tracking == 2 ? "auto" : null,
            Detail = status.Tracking == 1 ? MoodleDetails.Manual : string.Join('+', rules),
        };
        return participationOnly
            ? record with { RawValue = status.State == 0 ? 0 : 1, MaxValue = 1 }
            : record with { Completion = State(status.State) };
    }

    /// <summary>
    /// Course completion is recorded as <see cref="CompletionState.Complete"/> (not assessment on its own, since its
    /// criteria may be self-completion, dates or enrolment duration); rules judge the activities behind it.
    /// </summary>
    public static EvidenceRecord MapCourse(string source, long userId, long courseId, CourseCompletionStatus status, string? courseName)
    {
        ArgumentNullException.ThrowIfNull(status);
        var completedAt = status.Completed ? status.Completions.Select(c => c.Timecompleted ?? 0).DefaultIfEmpty(0).Max() : 0;
        return new EvidenceRecord
        {
            Source = source,
            LearnerId = MoodleIds.Learner(userId),
            Activity = MoodleActivityKeys.Course(courseId),
            Attempt = MoodleAttempts.Completion,
            Kind = EvidenceKind.Completion,
            Completion = status.Completed ? CompletionState.Complete : CompletionState.Incomplete,
            ActivityName = courseName,
            OccurredAt = MoodleTime.FromUnix(completedAt),
            Assessor = "auto",
            Detail = "criteria:" + string.Join('+', status.Completions.Select(c => c.Type).Distinct().Order()),
        };
    }

    private static CompletionState State(int state) => state switch
    {
        1 => CompletionState.Complete,
        2 => CompletionState.Passed,
        3 => CompletionState.Failed,
        _ => CompletionState.Incomplete,
    };
}
