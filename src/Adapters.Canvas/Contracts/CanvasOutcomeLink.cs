namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>An entry of <c>courses/:id/outcome_group_links</c>.</summary>
internal sealed record CanvasOutcomeLink
{
    public CanvasOutcome? Outcome { get; init; }
}
