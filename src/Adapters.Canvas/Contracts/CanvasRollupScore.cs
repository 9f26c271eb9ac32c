namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>A learner's rolled-up score on one outcome.</summary>
internal sealed record CanvasRollupScore
{
    public double? Score { get; init; }

    public string? Title { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public int? Count { get; init; }

    public CanvasRollupLinks Links { get; init; } = new();
}
