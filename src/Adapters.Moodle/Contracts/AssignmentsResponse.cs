namespace Insignia.Adapters.Moodle.Contracts;

/// <summary><c>mod_assign_get_assignments</c>.</summary>
internal sealed record AssignmentsResponse : IMoodleWarnings
{
    public IReadOnlyList<AssignmentCourse> Courses { get; init; } = [];

    public IReadOnlyList<MoodleWarning> Warnings { get; init; } = [];
}
