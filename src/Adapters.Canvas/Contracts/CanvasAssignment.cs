namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>A Canvas Assignment object (the fields the adapter maps).</summary>
internal sealed record CanvasAssignment
{
    public long Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? PointsPossible { get; init; }

    public string? GradingType { get; init; }

    public IReadOnlyList<string> SubmissionTypes { get; init; } = [];

    public bool? Published { get; init; }

    public bool? IsQuizAssignment { get; init; }

    public bool? IsQuizLtiAssignment { get; init; }

    public long? QuizId { get; init; }

    public CanvasExternalToolTag? ExternalToolTagAttributes { get; init; }

    public IReadOnlyList<CanvasRubricCriterion>? Rubric { get; init; }
}
