namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>The <c>links</c> of a rollup (learner, section) or of a rollup score (outcome).</summary>
internal sealed record CanvasRollupLinks
{
    public string? User { get; init; }

    public string? Section { get; init; }

    public string? Outcome { get; init; }
}
