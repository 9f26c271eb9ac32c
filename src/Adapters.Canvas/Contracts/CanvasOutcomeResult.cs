namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>One outcome result: a learner's score on an outcome through one alignment.</summary>
internal sealed record CanvasOutcomeResult
{
    public string Id { get; init; } = string.Empty;

    public double? Score { get; init; }

    public bool? Mastery { get; init; }

    public double? Possible { get; init; }

    public DateTimeOffset? SubmittedOrAssessedAt { get; init; }

    public CanvasOutcomeResultLinks Links { get; init; } = new();
}
