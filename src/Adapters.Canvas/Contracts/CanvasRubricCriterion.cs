namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>A criterion of an assignment's <c>rubric</c>.</summary>
internal sealed record CanvasRubricCriterion
{
    public string Id { get; init; } = string.Empty;

    public string? Description { get; init; }

    public double? Points { get; init; }
}
