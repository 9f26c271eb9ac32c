namespace Insignia.Adapters.Moodle.Contracts;

/// <summary><c>mod_assign_get_grades</c>.</summary>
internal sealed record AssignGradesResponse : IMoodleWarnings
{
    public IReadOnlyList<AssignGradeSet> Assignments { get; init; } = [];

    public IReadOnlyList<MoodleWarning> Warnings { get; init; } = [];
}
