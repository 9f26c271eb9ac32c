namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>Canvas CourseProgress: module requirements met, and when all were.</summary>
internal sealed record CanvasCourseProgress
{
    public int? RequirementCount { get; init; }

    public int? RequirementCompletedCount { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }
}
