namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>Whether the course is complete, and the criteria (<c>aggregation</c> 1 all, 2 any).</summary>
internal sealed record CourseCompletionStatus
{
    public bool Completed { get; init; }

    public int Aggregation { get; init; }

    public IReadOnlyList<CourseCompletionCriterion> Completions { get; init; } = [];
}
