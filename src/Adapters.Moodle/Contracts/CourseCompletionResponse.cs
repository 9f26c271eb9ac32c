namespace Insignia.Adapters.Moodle.Contracts;

/// <summary><c>core_completion_get_course_completion_status</c> for one user.</summary>
internal sealed record CourseCompletionResponse : IMoodleWarnings
{
    public CourseCompletionStatus? Completionstatus { get; init; }

    public IReadOnlyList<MoodleWarning> Warnings { get; init; } = [];
}
