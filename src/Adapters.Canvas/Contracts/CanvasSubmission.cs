namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>A Canvas Submission object (the fields the adapter maps).</summary>
internal sealed record CanvasSubmission
{
    public long Id { get; init; }

    public long AssignmentId { get; init; }

    public long UserId { get; init; }

    public string? Grade { get; init; }

    public double? Score { get; init; }

    public double? EnteredScore { get; init; }

    public double? PointsDeducted { get; init; }

    public string? WorkflowState { get; init; }

    public string? SubmissionType { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public DateTimeOffset? GradedAt { get; init; }

    public DateTimeOffset? PostedAt { get; init; }

    public long? GraderId { get; init; }

    public int? Attempt { get; init; }

    public bool? Excused { get; init; }

    public bool Missing { get; init; }

    public bool Late { get; init; }

    public string? LatePolicyStatus { get; init; }

    public IReadOnlyDictionary<string, CanvasRubricAssessmentEntry>? RubricAssessment { get; init; }
}
