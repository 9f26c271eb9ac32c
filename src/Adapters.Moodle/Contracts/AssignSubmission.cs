namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>One submission: <c>status</c> new, draft, submitted or reopened; <c>gradingstatus</c> graded, notgraded or a marking-workflow state.</summary>
internal sealed record AssignSubmission
{
    public long Id { get; init; }

    public long Userid { get; init; }

    public int Attemptnumber { get; init; }

    public long Timecreated { get; init; }

    public long Timemodified { get; init; }

    public string? Status { get; init; }

    public string? Gradingstatus { get; init; }
}
