namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>The body of <c>courses/:id/outcome_results</c>.</summary>
internal sealed record CanvasOutcomeResultList
{
    public IReadOnlyList<CanvasOutcomeResult> OutcomeResults { get; init; } = [];
}
