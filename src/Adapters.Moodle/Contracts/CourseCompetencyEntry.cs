namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>One item of <c>core_competency_list_course_competencies</c>.</summary>
internal sealed record CourseCompetencyEntry
{
    public MoodleCompetency? Competency { get; init; }
}
