namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>A Canvas Enrollment object, with grades for student enrollments.</summary>
internal sealed record CanvasEnrollment
{
    public long Id { get; init; }

    public long UserId { get; init; }

    public string Type { get; init; } = string.Empty;

    public string? EnrollmentState { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public CanvasGrades? Grades { get; init; }

    public CanvasUser? User { get; init; }
}
