namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>The body of <c>courses/:id/outcome_rollups</c> (with <c>include[]=outcomes</c>).</summary>
internal sealed record CanvasOutcomeRollupList
{
    public IReadOnlyList<CanvasOutcomeRollup> Rollups { get; init; } = [];

    public CanvasRollupLinked? Linked { get; init; }
}
