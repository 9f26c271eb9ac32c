namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>One learner's rollup: the course-level score per outcome.</summary>
internal sealed record CanvasOutcomeRollup
{
    public IReadOnlyList<CanvasRollupScore> Scores { get; init; } = [];

    public CanvasRollupLinks Links { get; init; } = new();
}
