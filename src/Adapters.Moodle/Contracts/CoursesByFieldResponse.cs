namespace Insignia.Adapters.Moodle.Contracts;

/// <summary><c>core_course_get_courses_by_field</c>.</summary>
internal sealed record CoursesByFieldResponse : IMoodleWarnings
{
    public IReadOnlyList<MoodleCourse> Courses { get; init; } = [];

    public IReadOnlyList<MoodleWarning> Warnings { get; init; } = [];
}
