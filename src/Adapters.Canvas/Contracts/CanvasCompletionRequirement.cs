namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>A module item's <c>completion_requirement</c>; <c>completed</c> is present only for a student view.</summary>
internal sealed record CanvasCompletionRequirement
{
    public string Type { get; init; } = string.Empty;

    public double? MinScore { get; init; }

    public bool? Completed { get; init; }
}
