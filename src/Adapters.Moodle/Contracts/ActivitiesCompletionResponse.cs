namespace Insignia.Adapters.Moodle.Contracts;

/// <summary><c>core_completion_get_activities_completion_status</c> for one user.</summary>
internal sealed record ActivitiesCompletionResponse : IMoodleWarnings
{
    public IReadOnlyList<ActivityCompletionStatus> Statuses { get; init; } = [];

    public IReadOnlyList<MoodleWarning> Warnings { get; init; } = [];
}
