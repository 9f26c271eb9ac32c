namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>One criterion of a submission's <c>rubric_assessment</c>, keyed by criterion id in the payload.</summary>
internal sealed record CanvasRubricAssessmentEntry
{
    public double? Points { get; init; }

    public string? RatingId { get; init; }
}
