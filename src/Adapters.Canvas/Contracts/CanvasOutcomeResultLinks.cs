namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>The <c>links</c> of an outcome result.</summary>
internal sealed record CanvasOutcomeResultLinks
{
    public string? User { get; init; }

    public string? LearningOutcome { get; init; }

    public string? Alignment { get; init; }
}
