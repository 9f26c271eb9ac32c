namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>A learning outcome as Canvas describes it (linked in rollups, or in outcome group links).</summary>
internal sealed record CanvasOutcome
{
    public string Id { get; init; } = string.Empty;

    public string? Title { get; init; }

    public double? PointsPossible { get; init; }

    public double? MasteryPoints { get; init; }
}
