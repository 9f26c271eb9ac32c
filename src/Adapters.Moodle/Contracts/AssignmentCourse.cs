namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>The assignments of one course.</summary>
internal sealed record AssignmentCourse
{
    public long Id { get; init; }

    public IReadOnlyList<MoodleAssignment> Assignments { get; init; } = [];
}
