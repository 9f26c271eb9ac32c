namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>The <c>linked</c> objects of a rollup response.</summary>
internal sealed record CanvasRollupLinked
{
    public IReadOnlyList<CanvasOutcome>? Outcomes { get; init; }
}
