namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>The submissions of one assignment.</summary>
internal sealed record AssignSubmissionSet
{
    public long Assignmentid { get; init; }

    public IReadOnlyList<AssignSubmission> Submissions { get; init; } = [];
}
