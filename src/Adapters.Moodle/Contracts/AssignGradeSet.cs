namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>The grades of one assignment.</summary>
internal sealed record AssignGradeSet
{
    public long Assignmentid { get; init; }

    public IReadOnlyList<AssignGrade> Grades { get; init; } = [];
}
