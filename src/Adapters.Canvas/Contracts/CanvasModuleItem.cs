namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>A module item with its completion requirement.</summary>
internal sealed record CanvasModuleItem
{
    public long Id { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Type { get; init; } = string.Empty;

    public long ModuleId { get; init; }

    public long? ContentId { get; init; }

    public CanvasCompletionRequirement? CompletionRequirement { get; init; }
}
