namespace Insignia.Adapters.Moodle.Contracts;

/// <summary><c>mod_assign_get_submissions</c>.</summary>
internal sealed record AssignSubmissionsResponse : IMoodleWarnings
{
    public IReadOnlyList<AssignSubmissionSet> Assignments { get; init; } = [];

    public IReadOnlyList<MoodleWarning> Warnings { get; init; } = [];
}
